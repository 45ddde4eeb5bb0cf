-- Volunteers under 18 register only with a guardian's consent (Volunteer Service Regulations Art. 15;
-- Civil Code Art. 19-20, 27): who consented, as what, to which consent text, and when. All or none.
alter table volunteer
    add column guardian_name                 text,
    add column guardian_relation             text,
    add column guardian_consent_text_version text,
    add column guardian_consent_at           timestamptz,
    add constraint volunteer_guardian_all_or_none check (
        (guardian_name is null and guardian_relation is null and guardian_consent_text_version is null
            and guardian_consent_at is null)
        or (guardian_name is not null and guardian_relation is not null and guardian_consent_text_version is not null
            and guardian_consent_at is not null));
