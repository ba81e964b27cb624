/**
 * The pages of natural-language questions: the "Ask a question" box (top bar and Home), the answer page with its
 * editable interpretation, chart and feedback, and the admins' review of "this is wrong" reports. Pages hold no
 * translation logic: every question, correction and report goes through {@code nlq.boundary.NaturalLanguage}.
 */
package com.insightiq.nlq.view;
