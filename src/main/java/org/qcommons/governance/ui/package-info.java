/** The governance feature's views; other modules may link to its routes. */
@NamedInterface("ui")
package org.qcommons.governance.ui;

import org.springframework.modulith.NamedInterface;
