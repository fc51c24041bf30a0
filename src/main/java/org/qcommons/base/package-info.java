/**
 * The shared kernel every feature builds on: entities' base class, errors, settings and the clock, security
 * primitives, audit, search analysis, UI helpers and the personal-data SPI. It depends on no feature, and is an
 * open module so that features may use its sub-packages (decision 076).
 */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
package org.qcommons.base;

import org.springframework.modulith.ApplicationModule;
