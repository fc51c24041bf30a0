package org.qcommons.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.qcommons.base.AbstractEntity;
import org.qcommons.base.security.Role;
import org.qcommons.organisations.Organisation;
import org.qcommons.people.Member;

/** How a member signs in. Separate from Member so that directory data never carries a password hash. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, length = 254)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    /** The organisation an ORG_COORDINATOR acts for. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coordinator_for_id")
    private Organisation coordinatorFor;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "role", length = 30)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** Raised when the password or the access changes; a session signed in under an older stamp is over. */
    @Column(name = "security_stamp", nullable = false)
    private int securityStamp;

    protected UserAccount() {}

    public UserAccount(String username, String passwordHash, Member member) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.member = member;
        this.roles.add(Role.MEMBER);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Member getMember() {
        return member;
    }

    public Organisation getCoordinatorFor() {
        return coordinatorFor;
    }

    public void setCoordinatorFor(Organisation coordinatorFor) {
        this.coordinatorFor = coordinatorFor;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public int getSecurityStamp() {
        return securityStamp;
    }

    void bumpSecurityStamp() {
        securityStamp++;
    }
}
