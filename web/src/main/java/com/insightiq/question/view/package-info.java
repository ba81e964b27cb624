/**
 * The pages of saved questions: the question page and the SQL editor's "Save" dialog. Beans hold what the page shows
 * and call {@code question.boundary.Questions}; no rule lives here.
 */
package com.insightiq.question.view;
