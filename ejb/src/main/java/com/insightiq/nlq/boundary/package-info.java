/**
 * Natural-language questions for a tenant's members: translate, ask (translate and run), compile a corrected
 * interpretation, "this is wrong" feedback, and the admins' synonyms and verified answers. Every call enters the
 * tenant and checks the {@code nlq} permission first; all values reach the database as bound parameters.
 */
package com.insightiq.nlq.boundary;
