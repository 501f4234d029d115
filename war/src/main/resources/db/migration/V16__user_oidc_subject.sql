-- Staff who sign in through the OpenID Connect provider: the provider's subject identifier ("sub") of
-- the user the portal made or updated at sign-in. Null for local accounts (break-glass), whose user
-- names a provider's user can never take over.
ALTER TABLE portal_user ADD COLUMN oidc_subject VARCHAR(255);
