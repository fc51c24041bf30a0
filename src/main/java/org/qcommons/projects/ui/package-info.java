/** The projects feature's views and view components; other modules may link to its routes. */
@NamedInterface("ui")
package org.qcommons.projects.ui;

import org.springframework.modulith.NamedInterface;
