//! What the sign form sends, and the rules it must follow.
//!
//! Validation is about sizes and shapes, never about markup: a name like `<script>` is a fine
//! name, shown as text. Website and avatar URLs are deliberately accepted with any scheme
//! (`javascript:` included) as long as they are one word: the views write them with vetted's
//! URL policy, which is what keeps them harmless, and this guestbook exists to show that.

use serde::Deserialize;

use crate::store::NewEntry;

/// The longest name, in characters.
pub const NAME_MAX: usize = 80;
/// The longest message, in characters.
pub const MESSAGE_MAX: usize = 2000;
/// The longest website or avatar URL, in characters.
pub const URL_MAX: usize = 500;

/// The sign form as submitted: every field optional, so a missing one is a message in the
/// form rather than a rejected request.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default)]
pub struct EntryForm {
    /// Who signs.
    pub name: String,
    /// The message.
    pub message: String,
    /// An optional website.
    pub website: String,
    /// An optional avatar URL.
    pub avatar: String,
}

/// What is wrong with each field of a submitted form.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FieldErrors {
    /// The name's problem.
    pub name: Option<String>,
    /// The message's problem.
    pub message: Option<String>,
    /// The website's problem.
    pub website: Option<String>,
    /// The avatar's problem.
    pub avatar: Option<String>,
}

impl FieldErrors {
    /// Whether any field has a problem.
    #[must_use]
    pub fn any(&self) -> bool {
        self.name.is_some()
            || self.message.is_some()
            || self.website.is_some()
            || self.avatar.is_some()
    }
}

impl EntryForm {
    /// The entry this form describes, or what is wrong with it.
    ///
    /// Text is kept exactly as typed, except that the message's line breaks become `\n`
    /// (browsers send a textarea's line breaks as `\r\n`).
    ///
    /// # Errors
    ///
    /// A message for each field that is empty, too long or malformed.
    pub fn validate(&self) -> Result<NewEntry, FieldErrors> {
        let message = normalize_newlines(&self.message);
        let errors = FieldErrors {
            name: check_text("your name", &self.name, NAME_MAX, false),
            message: check_text("a message", &message, MESSAGE_MAX, true),
            website: check_url("The website", &self.website),
            avatar: check_url("The avatar", &self.avatar),
        };
        if errors.any() {
            return Err(errors);
        }
        Ok(NewEntry {
            name: self.name.clone(),
            message,
            website: optional(&self.website),
            avatar: optional(&self.avatar),
        })
    }
}

fn normalize_newlines(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn optional(url: &str) -> Option<String> {
    (!url.is_empty()).then(|| url.to_owned())
}

fn check_text(what: &str, value: &str, max: usize, multiline: bool) -> Option<String> {
    let length = value.chars().count();
    if value.trim().is_empty() {
        Some(format!("Please enter {what}."))
    } else if length > max {
        Some(format!(
            "That is too long: {length} characters, and {max} is the most {what} can have."
        ))
    } else if value
        .chars()
        .any(|c| c.is_control() && !(multiline && matches!(c, '\n' | '\t')))
    {
        let allowed = if multiline {
            "tabs and line breaks"
        } else {
            "no line breaks"
        };
        Some(format!(
            "Please remove the control characters from {what} ({allowed} are fine)."
        ))
    } else {
        None
    }
}

fn check_url(what: &str, value: &str) -> Option<String> {
    let length = value.chars().count();
    if value.is_empty() {
        None
    } else if length > URL_MAX {
        Some(format!(
            "{what} address is too long: {length} characters, and {URL_MAX} is the most."
        ))
    } else if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
        Some(format!(
            "{what} must be a single web address, without spaces or line breaks."
        ))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(name: &str, message: &str, website: &str, avatar: &str) -> EntryForm {
        EntryForm {
            name: name.into(),
            message: message.into(),
            website: website.into(),
            avatar: avatar.into(),
        }
    }

    #[test]
    fn markup_and_any_scheme_are_accepted_as_they_are() {
        let entry = form(
            "<b>Mallory</b>",
            "a\r\nb</script>\u{2028}",
            "javascript:alert(1)",
            "",
        )
        .validate()
        .unwrap();
        assert_eq!(entry.name, "<b>Mallory</b>");
        assert_eq!(entry.message, "a\nb</script>\u{2028}");
        assert_eq!(entry.website.as_deref(), Some("javascript:alert(1)"));
        assert_eq!(entry.avatar, None);
    }

    #[test]
    fn empty_long_and_malformed_fields_are_reported() {
        let errors = form(
            " ",
            &"x".repeat(MESSAGE_MAX + 1),
            "https://a.example/a b",
            "x\ny",
        )
        .validate()
        .unwrap_err();
        assert_eq!(errors.name.as_deref(), Some("Please enter your name."));
        assert!(
            errors
                .message
                .unwrap()
                .starts_with("That is too long: 2001 characters")
        );
        assert!(errors.website.unwrap().contains("without spaces"));
        assert!(errors.avatar.unwrap().contains("without spaces"));

        let errors = form("a\u{0}b", "fine", "", "").validate().unwrap_err();
        assert!(errors.name.unwrap().contains("control characters"));
        assert_eq!(errors.message, None);
    }

    #[test]
    fn limits_count_characters_not_bytes() {
        let name = "é".repeat(NAME_MAX);
        assert!(form(&name, "hi", "", "").validate().is_ok());
        let name = "é".repeat(NAME_MAX + 1);
        assert!(form(&name, "hi", "", "").validate().is_err());
    }
}
