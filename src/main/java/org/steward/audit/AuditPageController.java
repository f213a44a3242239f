package org.steward.audit;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The command centre's page of the whole-process record: the chain's head, the latest signed
 * checkpoint outside the database, and a "verify" button that recomputes the chain against both.
 */
@Controller
@PreAuthorize("hasAnyRole('COMMAND_CENTRE', 'ADMIN')")
class AuditPageController {

	private final AuditChain chain;

	private final AuditCheckpoints checkpoints;

	AuditPageController(AuditChain chain, AuditCheckpoints checkpoints) {
		this.chain = chain;
		this.checkpoints = checkpoints;
	}

	@GetMapping("/audit")
	String page(Model model) {
		model.addAttribute("head", chain.head());
		model.addAttribute("checkpoint", checkpoints.latest().orElse(null));
		return "audit/record";
	}

	/** Verifying reads and changes nothing, so the button is a GET (it also needs no CSRF token). */
	@GetMapping("/audit/verify")
	String verify(Model model) {
		model.addAttribute("verification", chain.verify());
		return page(model);
	}
}
