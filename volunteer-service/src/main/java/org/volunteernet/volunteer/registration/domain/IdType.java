package org.volunteernet.volunteer.registration.domain;

/** Kinds of ID document accepted at registration. */
public enum IdType {
    PRC_RESIDENT_ID, PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, FOREIGN_PERMANENT_RESIDENT_ID
}
