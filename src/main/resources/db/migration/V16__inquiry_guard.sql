-- Limits against automated consultation requests (InquiryGuardPolicy); administrators change them at /admin/system/settings.
insert into site_setting (setting_key, setting_value) values
    ('inquiries.minFillSeconds', '3'),
    ('inquiries.rateLimit', '10'),
    ('inquiries.rateWindowMinutes', '10'),
    ('inquiries.maxLinks', '3'),
    ('inquiries.maxBodyKiB', '64');
