/**
 * What a tenant taught its natural-language questions (tenant schema): synonyms for tables, columns and values,
 * verified answers reused first, and "this is wrong" feedback for admins to review.
 */
package com.insightiq.nlq.entity;
