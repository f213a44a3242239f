package org.steward.identity;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.steward.StewardProperties;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasRole('ADMIN')")
class AccountsPageController {

	private final JdbcAccounts accounts;

	private final AccountAdministration administration;

	private final AccountFormValidator validator;

	private final Clock clock;

	private final ZoneId zone;

	private final RefusalTexts refusals;

	private final SignInThrottle throttle;

	private final org.springframework.beans.factory.ObjectProvider<ScopeChoices> scopeChoices;

	AccountsPageController(JdbcAccounts accounts, AccountAdministration administration, AccountFormValidator validator,
			Clock clock, StewardProperties steward, RefusalTexts refusals, SignInThrottle throttle,
			org.springframework.beans.factory.ObjectProvider<ScopeChoices> scopeChoices) {
		this.scopeChoices = scopeChoices;
		this.throttle = throttle;
		this.refusals = refusals;
		this.zone = steward.zone();
		this.accounts = accounts;
		this.administration = administration;
		this.validator = validator;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("form", new AccountForm());
		return page(model);
	}

	@PostMapping
	String create(@ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		validator.validate(form, errors);
		if (!errors.hasErrors()) {
			try {
				Account opened = administration.open(form.toNewAccount());
				redirect.addFlashAttribute("created", opened.username());
				return "redirect:/admin/accounts";
			}
			catch (Refusal refused) {
				refusals.bind(refused, errors);
			}
		}
		// the form again, as typed, each bad field marked
		response.setStatus(400);
		return page(model);
	}

	@PostMapping("/{username}/unlock")
	String unlock(@PathVariable String username, Locale locale, RedirectAttributes redirect) {
		return act(redirect, locale, "unlocked", username, () -> administration.unlock(username));
	}

	@PostMapping("/{username}/enable")
	String enable(@PathVariable String username, Locale locale, RedirectAttributes redirect) {
		return act(redirect, locale, "enabled", username, () -> administration.enable(username));
	}

	@PostMapping("/{username}/disable")
	String disable(@PathVariable String username, Principal administrator, Locale locale,
			RedirectAttributes redirect) {
		return act(redirect, locale, "disabled", username,
				() -> administration.disable(username, administrator.getName()));
	}

	private String act(RedirectAttributes redirect, Locale locale, String outcome, String username, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute(outcome, username);
		}
		catch (Refusal refused) {
			redirect.addFlashAttribute("refused", refusals.message(refused, locale));
		}
		return "redirect:/admin/accounts";
	}

	private String page(Model model) {
		Instant now = clock.instant();
		model.addAttribute("accounts", accounts.all().stream().map(a -> AccountView.of(a, now, throttle.slowed(a.username()))).toList());
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("scopeKinds", AccountFormValidator.SCOPE_KINDS);
		// the scopes by kind, named, to pick from (the organisation module knows them; none in a bare identity test)
		java.util.Map<String, java.util.List<ScopeChoices.Choice>> byKind = new java.util.LinkedHashMap<>();
		AccountFormValidator.SCOPE_KINDS.forEach(kind -> byKind.put(kind, new java.util.ArrayList<>()));
		scopeChoices.orderedStream()
			.flatMap(c -> c.choices().stream())
			.forEach(choice -> byKind.computeIfAbsent(choice.kind(), k -> new java.util.ArrayList<>()).add(choice));
		model.addAttribute("scopeChoices", byKind);
		model.addAttribute("zone", zone);
		return "identity/accounts";
	}
}
