/** Who the caller is, what their role allows (Shiro wildcard permissions), password rules and hashing. No request or session objects: callable from any thread that has a Shiro subject. */
package com.insightiq.access.control;
