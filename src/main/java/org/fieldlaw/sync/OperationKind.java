package org.fieldlaw.sync;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** What an offline operation does; each maps onto the endpoint the phone would call online. */
@RegisterForReflection
public enum OperationKind {
    /** {@code PUT /api/v1/cases/{targetId}} without If-Match. */
    CASE_CREATE,
    /** {@code PUT /api/v1/cases/{targetId}} with If-Match {@code baseVersion}. */
    CASE_UPDATE,
    /** {@code POST /api/v1/cases/{targetId}/transitions} with If-Match {@code baseVersion}. */
    CASE_TRANSITION,
    /** {@code POST /api/v1/cases/{targetId}/events} with If-Match {@code baseVersion}. */
    CASE_EVENT,
    /** {@code POST /api/v1/cases/{targetId}/documents}: the document of record for what the phone printed offline. */
    CASE_DOCUMENT_ISSUE,
    /** {@code POST /api/v1/cases/{targetId}/documents/{documentId}/service}; the body is {@code {documentId, service}}. */
    CASE_DOCUMENT_SERVICE,
    /** {@code POST /api/v1/sites/reports}. */
    SITE_REPORT,
    /** {@code POST /api/v1/sites/{targetId}/visits}. */
    SITE_VISIT,
    /** {@code PUT /api/v1/sites/{targetId}/status} with If-Match {@code baseVersion}. */
    SITE_STATUS,
    /** {@code PUT /api/v1/patrols/{targetId}}. */
    PATROL_PUT,
    /** {@code POST /api/v1/patrols/{targetId}/track}. */
    PATROL_TRACK
}
