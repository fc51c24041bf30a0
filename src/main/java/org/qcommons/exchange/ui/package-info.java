/** The exchange feature's views and view components; other modules may link to its routes. */
@NamedInterface("ui")
package org.qcommons.exchange.ui;

import org.springframework.modulith.NamedInterface;
