package org.steward.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.steward.identity.CurrentUser;
import org.steward.refusal.Refusal;
import org.steward.refusal.RefusalTexts;

/**
 * A staff member's own message settings: the e-mail address and mobile number messages may go
 * to, the language, and per kind the channels they want. Each person edits only their own.
 */
@Controller
class SettingsPageController {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

	private final StaffSettings settings;

	private final Dispatcher dispatcher;

	private final RefusalTexts refusals;

	private final Clock clock;

	SettingsPageController(StaffSettings settings, Dispatcher dispatcher, RefusalTexts refusals, Clock clock) {
		this.settings = settings;
		this.dispatcher = dispatcher;
		this.refusals = refusals;
		this.clock = clock;
	}

	@GetMapping("/messages/settings")
	String show(CurrentUser user, Model model) {
		StaffSettings.Contact contact = settings.contact(user.username());
		return page(model, contact.email(), contact.phone(), contact.locale().toLanguageTag(),
				settings.choices(user.username()), Map.of());
	}

	@PostMapping("/messages/settings")
	String save(CurrentUser user, @RequestParam(required = false) @Nullable String email,
			@RequestParam(required = false) @Nullable String phone, @RequestParam(defaultValue = "zh-CN") String language,
			@RequestParam MultiValueMap<String, String> form, Model model, Locale locale,
			jakarta.servlet.http.HttpServletResponse response) {
		String mail = blankToNull(email);
		String mobile = blankToNull(phone);
		List<Refusal.FieldError> errors = new ArrayList<>();
		if (mail != null && (mail.length() > 254 || !EMAIL.matcher(mail).matches())) {
			errors.add(MessagingRefusals.badEmail());
		}
		if (mobile != null && !MOBILE.matcher(mobile).matches()) {
			errors.add(MessagingRefusals.badPhone());
		}
		Map<MessageKind, Set<MessageChannel>> choices = new EnumMap<>(MessageKind.class);
		for (MessageKind kind : MessageKind.forStaff()) {
			Set<MessageChannel> channels = EnumSet.noneOf(MessageChannel.class);
			for (String value : form.getOrDefault("kind." + kind.name(), List.of())) {
				try {
					channels.add(MessageChannel.valueOf(value));
				}
				catch (IllegalArgumentException unknown) {
					errors.add(Refusal.FieldError.of("kind." + kind.name(), "messaging.refused.channel.unknown", value));
				}
			}
			choices.put(kind, channels);
		}
		String tag = "en".equals(language) ? "en" : "zh-CN";
		if (!errors.isEmpty()) {
			response.setStatus(400);
			return page(model, mail, mobile, tag, choices, refusals.fieldMessages(Refusal.invalid(errors), locale));
		}
		settings.save(user.username(), new StaffSettings.Contact(mail, mobile, Locale.forLanguageTag(tag)), choices,
				clock.instant());
		return "redirect:/messages/settings?saved";
	}

	private String page(Model model, @Nullable String email, @Nullable String phone, String language,
			Map<MessageKind, Set<MessageChannel>> choices, Map<String, String> errors) {
		model.addAttribute("email", email);
		model.addAttribute("phone", phone);
		model.addAttribute("language", language);
		model.addAttribute("kinds", MessageKind.forStaff());
		model.addAttribute("channels", MessageChannel.values());
		model.addAttribute("chosen", choices.entrySet()
			.stream()
			.flatMap(e -> e.getValue().stream().map(channel -> e.getKey().name() + "." + channel.name()))
			.collect(java.util.stream.Collectors.toSet()));
		model.addAttribute("off", dispatcher.offReasons());
		model.addAttribute("errors", errors);
		return "messaging/settings";
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
