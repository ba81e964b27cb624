/**
 * Collections (folders of questions and dashboards, nested, with a personal collection per member), the grants that
 * say what a role may do in them, and members' bookmarks. All live in the tenant's schema.
 */
package com.insightiq.collection.entity;
