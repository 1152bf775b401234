-- Two-factor secrets sealed with SANDAN_TWO_FACTOR_KEY (AES-256-GCM: "v1:" and the Base64 of a 12-byte nonce, the
-- 32-character secret and a 16-byte tag, 83 characters) no longer fit the 64 characters the plain secret needed.
-- Unsealed secrets stay as they are until a server with the key starts. Portable between H2 2.x and PostgreSQL 13+.
alter table staff_user alter column totp_secret set data type varchar(128);
