package com.insightiq.query.entity;

/** Why a query ran: a person in the editor or API, another page of such a result, or a full export. */
public enum QueryPurpose {
    INTERACTIVE, PAGE, EXPORT
}
