/** The digest's "what's new near you" contract, implemented by features and read by the notifications module. */
package org.qcommons.base.digest;
