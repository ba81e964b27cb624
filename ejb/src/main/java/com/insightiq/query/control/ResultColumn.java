package com.insightiq.query.control;

/**
 * A column of a result: its label, the database's type name in lower case (e.g. {@code integer}, {@code numeric},
 * {@code timestamptz}, {@code varchar}) and the catalog's semantic type code when the column is known (else null).
 */
public record ResultColumn(String name, String type, String semanticType) {
}
