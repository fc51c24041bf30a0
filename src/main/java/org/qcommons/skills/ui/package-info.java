/** The skills feature's views and view components; other modules may link to its routes. */
@NamedInterface("ui")
package org.qcommons.skills.ui;

import org.springframework.modulith.NamedInterface;
