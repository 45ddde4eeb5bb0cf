package org.volunteernet.brand.group.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.volunteernet.brand.brand.domain.Brand;
import org.volunteernet.brand.group.domain.GroupMembership;
import org.volunteernet.brand.group.domain.MembershipStatus;
import org.volunteernet.brand.group.domain.VolunteerGroup;
import org.volunteernet.brand.group.rest.GroupView;
import org.volunteernet.common.security.Roles;
import org.volunteernet.brand.volunteer.domain.KnownVolunteer;
import org.volunteernet.brand.volunteer.service.Callers;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.MemberJoined;
import org.volunteernet.events.MemberLeft;

/**
 * Joining a group: a volunteer asks, the group's leader or a leader of its brand approves or
 * declines with a reason. Approval publishes MemberJoined; leaving and removal publish MemberLeft.
 * A volunteer may belong to several groups.
 */
@ApplicationScoped
@Transactional
public class MembershipService {

    @Inject
    Outbox outbox;

    @Inject
    Callers callers;

    public VolunteerGroup group(UUID groupId) {
        return VolunteerGroup.<VolunteerGroup>findByIdOptional(groupId)
                .orElseThrow(() -> ProblemException.notFound("group", groupId));
    }

    public GroupView view(UUID groupId) {
        VolunteerGroup group = group(groupId);
        return new GroupView(group.id, group.brandId, group.name, group.leaderVolunteerId,
                GroupMembership.members(group.id), group.formedAt);
    }

    public GroupMembership ask(UUID groupId, CurrentUser caller) {
        VolunteerGroup group = group(groupId);
        KnownVolunteer volunteer = callers.requireVolunteer(caller);
        String district = districtOf(group);
        if (!volunteer.district.equals(district)) {
            // members belong to the brand's district, as its leaders do (issue 18, cross-district references)
            throw ProblemException.unprocessable("Only volunteers of district " + district + " join this group");
        }
        Instant now = NetworkClock.now();
        GroupMembership membership = GroupMembership.locked(group.id, volunteer.volunteerId).orElse(null);
        if (membership == null) {
            membership = new GroupMembership();
            membership.key = new GroupMembership.Key(group.id, volunteer.volunteerId);
        } else if (!membership.status.mayAskAgain()) {
            throw ProblemException.conflict("You are already " + (membership.status == MembershipStatus.PENDING
                    ? "waiting for an answer from this group" : "a member of this group"));
        }
        membership.status = MembershipStatus.PENDING;
        membership.requestedAt = now;
        membership.decidedBy = null;
        membership.decisionReason = null;
        membership.decidedAt = null;
        membership.persist();
        return membership;
    }

    public GroupMembership decide(UUID groupId, UUID volunteerId, boolean approved, String reason, CurrentUser caller) {
        VolunteerGroup group = requireGroupLeadership(groupId, caller);
        GroupMembership membership = GroupMembership.locked(group.id, volunteerId)
                .orElseThrow(() -> ProblemException.notFound("request to join this group from volunteer", volunteerId));
        if (membership.status != MembershipStatus.PENDING) {
            throw ProblemException.conflict("This request was already answered: " + membership.status.name().toLowerCase());
        }
        Instant now = NetworkClock.now();
        membership.status = approved ? MembershipStatus.APPROVED : MembershipStatus.DECLINED;
        membership.decidedBy = caller.subject();
        membership.decisionReason = reason.strip();
        membership.decidedAt = now;
        if (approved) {
            outbox.publish(new MemberJoined(group.id, group.brandId, districtOf(group), volunteerId, now));
        }
        return membership;
    }

    /**
     * A volunteer's membership of the group (a request, a decision, leaving), for the volunteer, the group's leader and
     * the leaders of its brand (who decide), the office of the brand's district and the city. An unknown group, a
     * volunteer who never asked and a membership the caller may not read are the same 404, so that nobody learns who
     * asked to join.
     */
    public GroupMembership membership(UUID groupId, UUID volunteerId, CurrentUser caller) {
        ProblemException unknown = ProblemException.notFound("membership of this group for volunteer", volunteerId);
        VolunteerGroup group = VolunteerGroup.<VolunteerGroup>findByIdOptional(groupId).orElseThrow(() -> unknown);
        GroupMembership membership = GroupMembership.<GroupMembership>findByIdOptional(new GroupMembership.Key(groupId, volunteerId))
                .orElseThrow(() -> unknown);
        boolean self = callers.volunteerOf(caller)
                .filter(v -> v.volunteerId.equals(volunteerId) || v.volunteerId.equals(group.leaderVolunteerId)).isPresent();
        boolean office = caller.actsIn(districtOf(group), Roles.DISTRICT_ADMIN, Roles.CITY_ADMIN);
        if (!self && !office && !callers.leadsBrand(caller, group.brandId)) {
            throw unknown;
        }
        return membership;
    }

    public void leave(UUID groupId, CurrentUser caller) {
        VolunteerGroup group = group(groupId);
        KnownVolunteer volunteer = callers.requireVolunteer(caller);
        end(group, volunteer.volunteerId, false, caller);
    }

    public void remove(UUID groupId, UUID volunteerId, CurrentUser caller) {
        VolunteerGroup group = requireGroupLeadership(groupId, caller);
        end(group, volunteerId, true, caller);
    }

    private void end(VolunteerGroup group, UUID volunteerId, boolean removed, CurrentUser caller) {
        GroupMembership membership = GroupMembership.locked(group.id, volunteerId)
                .filter(m -> m.status == MembershipStatus.APPROVED)
                .orElseThrow(() -> ProblemException.notFound("member of this group", volunteerId));
        if (volunteerId.equals(group.leaderVolunteerId)) {
            throw ProblemException.conflict("The group's leader stays a member; name another leader first");
        }
        Instant now = NetworkClock.now();
        membership.status = removed ? MembershipStatus.REMOVED : MembershipStatus.LEFT;
        membership.decidedBy = caller.subject();
        membership.decidedAt = now;
        outbox.publish(new MemberLeft(group.id, group.brandId, districtOf(group), volunteerId, removed, now));
    }

    /** The group's own leader, or a brand-leader who leads the group's brand. */
    private VolunteerGroup requireGroupLeadership(UUID groupId, CurrentUser caller) {
        VolunteerGroup group = group(groupId);
        boolean groupLeader = callers.volunteerOf(caller).filter(v -> v.volunteerId.equals(group.leaderVolunteerId)).isPresent();
        if (!groupLeader && !callers.leadsBrand(caller, group.brandId)) {
            throw ProblemException.forbidden("Only the group's leader or a leader of its brand decides on members");
        }
        return group;
    }

    private static String districtOf(VolunteerGroup group) {
        return Brand.<Brand>findById(group.brandId).district;
    }
}
