/**
 * The rules of saved questions without a request: checking what a person sent, the JSON kept in the question and
 * revision rows, and the words that say what a revision changed. Never checks rights (the boundary does).
 */
package com.insightiq.question.control;
