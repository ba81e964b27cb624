package com.insightiq.nlq.boundary;

/**
 * {@code POST …/nlq/translate} and {@code …/nlq/ask}: the question over one data source; {@code referenceDate} (ISO
 * date) anchors relative times (today in the tenant's reporting zone when absent); {@code context} is business
 * guidance for this question only ("TSC = count of sales in the period").
 */
public record TranslateForm(Long dataSourceId, String question, String referenceDate, String context) {
}
