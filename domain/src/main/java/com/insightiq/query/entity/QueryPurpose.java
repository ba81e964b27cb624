package com.insightiq.query.entity;

/** Why a query ran: the editor or API, a later page of such a result, a full export, or a saved question. */
public enum QueryPurpose {
    INTERACTIVE, PAGE, EXPORT, QUESTION
}
