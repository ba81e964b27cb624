/**
 * Collections, the trash, grants, pins and bookmarks under /t/{slug}/api/v1. Resources turn JSON into the boundaries'
 * records; {@code root} in a path names "Our analytics".
 */
package com.insightiq.collection.api;
