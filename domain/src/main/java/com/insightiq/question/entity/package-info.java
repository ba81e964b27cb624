/**
 * Saved questions and their numbered revisions, in the tenant's schema. A question keeps its parameters and
 * visualization settings as JSON text: their shape belongs to the query and visualization capabilities, which check
 * it before it is stored.
 */
package com.insightiq.question.entity;
