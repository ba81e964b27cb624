/**
 * The doors to collections: the tree and items (Collections), the trash (Trash), per-role grants (CollectionGrants)
 * and bookmarks (Bookmarks). Each method enters the tenant, checks the Shiro permission {@code collection:view|edit}
 * and then CollectionRights; records in, records out, never a managed entity.
 */
package com.insightiq.collection.boundary;
