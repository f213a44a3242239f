package org.steward.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Verification of the whole-process record, for the command centre and administrators. */
@RestController
class AuditApiController {

	private final AuditChain chain;

	AuditApiController(AuditChain chain) {
		this.chain = chain;
	}

	@GetMapping("/api/v1/audit/verify")
	@PreAuthorize("hasAnyRole('COMMAND_CENTRE', 'ADMIN')")
	AuditChain.Verification verify() {
		return chain.verify();
	}
}
