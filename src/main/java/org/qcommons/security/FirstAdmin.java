package org.qcommons.security;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the first-run setup asks for: the first administrator. */
public class FirstAdmin {

    @NotBlank(message = "Enter your name")
    @Size(max = 120, message = "Use 120 characters or fewer")
    private String fullName;

    @NotBlank(message = "Enter an email address")
    @Email(message = "Enter an email address in the right format, like name@example.nhs.uk")
    @Size(max = 254, message = "Use 254 characters or fewer")
    private String email;

    @NotBlank(message = "Choose a password")
    @Size(min = 12, max = 128, message = "Use between 12 and 128 characters")
    private String password;

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
