/**
 * The sample database every new user sees first: a fictional shop's people, products, orders and reviews, generated
 * deterministically from a seed (same seed, byte-identical rows) and loaded into a database of its own in one
 * transaction. Pure Java and plain JDBC; never touches the application database or a tenant's schema.
 */
package com.insightiq.sample.control;
