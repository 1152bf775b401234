-- What every installation starts with: the company's contact details and the first consent notice.
-- An administrator changes them later; the demo values are those of the consultancy Sandan was built for.

insert into site_setting (setting_key, setting_value) values
    ('company.name', '새날드림'),
    ('company.nameLatin', 'SAENAL'),
    ('company.phone', '031-613-3060'),
    ('company.hours', '평일 09:00~18:00 (점심시간 12:00~13:00, 주말·공휴일 휴무)'),
    ('company.email', 'contact@saenal.example'),
    ('company.kakaoOpenChatUrl', 'https://open.kakao.com/o/sandanDemo'),
    ('company.privacyOfficer', '개인정보 보호책임자 (대표 연락처로 문의)'),
    ('site.tagline', '산업단지의 개발·재생·관리와 정부 지원사업 소식을 전하고, 기업마다 맞는 길을 전문가와 함께 찾습니다.');

insert into consent_notice (version, purpose, items, retention, right_to_refuse, published_at) values (
    1,
    '1:1 전문가 상담 신청의 접수와 회신(전화·이메일), 상담 일정 조율',
    '필수: 이름, 휴대전화 또는 유선 전화번호, 이메일 / 선택: 회사명, 상담 분야, 희망 상담 시간, 문의 내용',
    '상담이 끝난 날부터 3년간 보관한 뒤 지체 없이 파기합니다. 다른 법령이 보관을 요구하는 경우에는 그 기간을 따릅니다.',
    '개인정보 수집·이용에 동의하지 않으실 수 있습니다. 다만 동의하지 않으시면 상담 신청을 접수할 수 없으니, 전화(대표번호)로 문의해 주세요.',
    current_timestamp
);
