package org.qcommons.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.security.NewAccounts;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class EditProfileViewKT extends KaribuTest {

    @Autowired
    MemberService members;

    @Autowired
    OrganisationService organisations;

    @Test
    void savesMyProfile() {
        QUser me = signInAs(Role.MEMBER);
        EditProfileView view = navigateTo("profile/edit", EditProfileView.class);
        String bio = "Leads sepsis work " + System.nanoTime();
        Fields.setValue(view.bio, bio);
        _click(view.save);
        assertThat(currentView()).isInstanceOf(ProfileView.class);
        Member saved =
                SystemRunner.asSystem(() -> members.profile(me.memberId()).orElseThrow());
        assertThat(saved.getBio()).isEqualTo(bio);
    }

    @Test
    void rejectsBadInputWithAMessageOnEachField() {
        signInAs(Role.MEMBER);
        EditProfileView view = navigateTo("profile/edit", EditProfileView.class);
        Fields.setValue(view.fullName, "");
        Fields.setValue(view.email, "not-an-email");
        Fields.setValue(view.jobTitle, "x".repeat(121));
        _click(view.save);
        assertThat(currentView()).isInstanceOf(EditProfileView.class);
        assertThat(view.fullName.isInvalid()).isTrue();
        assertThat(view.fullName.getErrorMessage()).isEqualTo("Enter your name");
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("right format");
        assertThat(view.jobTitle.isInvalid()).isTrue();
        assertThat(view.jobTitle.getErrorMessage()).contains("120 characters");
    }

    @Test
    void aConcurrentSaveIsDetectedAndExplained() {
        QUser me = signInAs(Role.MEMBER);
        EditProfileView view = navigateTo("profile/edit", EditProfileView.class);
        // Someone else (an ADMIN in another tab) saves first.
        SystemRunner.asSystem(() -> {
            Member other = members.profile(me.memberId()).orElseThrow();
            other.setJobTitle("Changed elsewhere " + System.nanoTime());
            members.updateProfile(other);
        });
        Fields.setValue(view.jobTitle, "My change");
        _click(view.save);
        assertThat(currentView()).isInstanceOf(EditProfileView.class);
        assertThat(_find(ConfirmDialog.class)).hasSize(1);
        Member stored =
                SystemRunner.asSystem(() -> members.profile(me.memberId()).orElseThrow());
        assertThat(stored.getJobTitle()).startsWith("Changed elsewhere");
    }

    @Test
    void anAdminsChangeOfSomeoneElsesEmailIsPendingUntilConfirmedAndThePagesSaySo() {
        String old = NewAccounts.active(accountService, organisations, "kt-admin-edit");
        Long memberId = accountService.loadUserByUsername(old).memberId();
        signInAs(Role.ADMIN);
        EditProfileView view = navigateTo("profile/edit/" + memberId, EditProfileView.class);
        assertThat(view.email.getHelperText()).contains("once it is confirmed");
        String wanted = "kt-admin-new-" + System.nanoTime() + "@test.qcommons.example";
        Fields.setValue(view.email, wanted);
        _click(view.save);

        assertThat(currentView()).isInstanceOf(ProfileView.class);
        assertThat(NotificationsKt.getNotifications().stream()
                        .map(n -> n.getElement().getProperty("text", "")
                                + n.getElement().getTextRecursively()))
                .anySatisfy(text ->
                        assertThat(text).contains("email change is pending").contains(wanted));
        Member stored = SystemRunner.asSystem(() -> members.profile(memberId).orElseThrow());
        assertThat(stored.getEmail()).as("not applied until the link is used").isEqualTo(old);
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("pending-email")))
                .singleElement()
                .satisfies(p -> assertThat(p.getText())
                        .startsWith("Email change pending: " + wanted)
                        .contains(old + " stays in use"));
    }

    @Test
    void aMemberCannotOpenSomeoneElsesEditForm() {
        signInAs(Role.MEMBER);
        Long adminId = signInAs(Role.ADMIN).memberId();
        signInAs(Role.MEMBER);
        UI.getCurrent().navigate("profile/edit/" + adminId);
        assertThat(currentView()).isNotInstanceOf(EditProfileView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).isEmpty();
    }
}
