/** The meetings feature's views and view components; other modules may link to its routes. */
@NamedInterface("ui")
package org.qcommons.meetings.ui;

import org.springframework.modulith.NamedInterface;
