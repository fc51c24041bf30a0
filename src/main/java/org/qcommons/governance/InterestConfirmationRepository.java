package org.qcommons.governance;

import org.springframework.data.jpa.repository.JpaRepository;

interface InterestConfirmationRepository extends JpaRepository<InterestConfirmation, Long> {}
