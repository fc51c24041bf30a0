package org.qcommons.people.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

class EditProfileViewKT extends KaribuTest {

    @Autowired
    MemberService members;

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
    void aMemberCannotOpenSomeoneElsesEditForm() {
        signInAs(Role.MEMBER);
        Long adminId = signInAs(Role.ADMIN).memberId();
        signInAs(Role.MEMBER);
        UI.getCurrent().navigate("profile/edit/" + adminId);
        assertThat(currentView()).isNotInstanceOf(EditProfileView.class);
        assertThat(_find(Button.class, spec -> spec.withText("Save"))).isEmpty();
    }
}
