package kr.co.saenal.sandan.security;

import java.util.Set;

/** What an administrator fills in to open an account; the password is temporary. */
public record NewStaffMember(String username, String displayName, Set<Role> roles, String temporaryPassword) {}
