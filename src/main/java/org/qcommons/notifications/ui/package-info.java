/** The notifications feature's views and view components; other modules may link to its routes. */
@NamedInterface("ui")
package org.qcommons.notifications.ui;

import org.springframework.modulith.NamedInterface;
