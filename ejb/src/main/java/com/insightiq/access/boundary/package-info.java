/** Sign-in, accounts and members. Credentials are checked here (with failure counting), never in the web layer; only hashes of passwords and tokens are stored. */
package com.insightiq.access.boundary;
