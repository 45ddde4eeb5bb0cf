package org.volunteernet.brand.brand.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.volunteernet.brand.brand.domain.Brand;
import org.volunteernet.brand.brand.domain.BrandLeader;
import org.volunteernet.brand.brand.domain.MemberOrganization;
import org.volunteernet.brand.brand.rest.BrandView;
import org.volunteernet.brand.group.domain.GroupMembership;
import org.volunteernet.brand.group.domain.MembershipStatus;
import org.volunteernet.brand.group.domain.VolunteerGroup;
import org.volunteernet.brand.volunteer.domain.KnownVolunteer;
import org.volunteernet.brand.volunteer.service.Callers;
import org.volunteernet.common.outbox.Outbox;
import org.volunteernet.common.problem.ProblemException;
import org.volunteernet.common.validation.NameKey;
import org.volunteernet.common.rest.Cursor;
import org.volunteernet.common.rest.Page;
import org.volunteernet.common.security.CurrentUser;
import org.volunteernet.common.security.Roles;
import org.volunteernet.common.time.NetworkClock;
import org.volunteernet.events.BrandCreated;
import org.volunteernet.events.BrandLeaderAppointed;
import org.volunteernet.events.BrandLeaderDismissed;
import org.volunteernet.events.GroupFormed;
import org.volunteernet.events.MemberJoined;
import org.volunteernet.events.OrganizationJoined;

/**
 * Brands, their leaders, member organizations and groups: "an excellent volunteer drives a
 * volunteer service brand, and a brand shapes a volunteer service group".
 */
@ApplicationScoped
@Transactional
public class BrandService {

    @Inject
    Outbox outbox;

    @Inject
    Callers callers;

    public Brand create(BrandCommands.FoundBrand request, CurrentUser caller) {
        caller.requireDistrict(request.district());
        KnownVolunteer founder = KnownVolunteer.inDistrict(request.founderVolunteerId(), request.district())
                .orElseThrow(() -> ProblemException.ruleViolated("founderVolunteerId", "is not a registered volunteer of this district",
                        "The founder must be a registered volunteer of district " + request.district()));
        String key = NameKey.of(request.name());
        if (Brand.count("district = ?1 and nameKey = ?2", request.district(), key) > 0) {
            throw ProblemException.conflict("name", "is the name of another brand of this district",
                    "District " + request.district() + " already has a brand of that name");
        }
        Instant now = NetworkClock.now();
        Brand brand = new Brand();
        brand.id = UUID.randomUUID();
        brand.name = request.name().strip();
        brand.nameKey = key;
        brand.slogan = blankToNull(request.slogan());
        brand.description = blankToNull(request.description());
        brand.district = request.district();
        brand.founderVolunteerId = founder.volunteerId;
        brand.createdBy = caller.subject();
        brand.createdAt = now;
        brand.persist();
        outbox.publish(new BrandCreated(brand.id, brand.district, brand.name, brand.slogan, founder.volunteerId, now));
        appoint(brand, founder.volunteerId, caller, now); // the founder leads it first
        return brand;
    }

    public Brand find(UUID id) {
        return Brand.<Brand>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("brand", id));
    }

    public BrandView view(UUID id) {
        Brand brand = find(id);
        List<BrandView.GroupSummary> groups = VolunteerGroup.<VolunteerGroup>list("brandId = ?1 order by formedAt", id)
                .stream().map(g -> new BrandView.GroupSummary(g.id, g.name, g.leaderVolunteerId, GroupMembership.members(g.id)))
                .toList();
        List<BrandView.OrganizationView> organizations = MemberOrganization.<MemberOrganization>list(
                "brandId = ?1 order by joinedAt", id).stream()
                .map(o -> new BrandView.OrganizationView(o.id, o.name, o.joinedAt)).toList();
        return new BrandView(brand.id, brand.name, brand.slogan, brand.description, brand.district,
                brand.founderVolunteerId, BrandLeader.of(id), groups, organizations, brand.createdAt, brand.version);
    }

    /**
     * One member organization of the brand, readable by whoever reads the brand; an unknown brand, an unknown id and an
     * organization of another brand are a 404.
     */
    public BrandView.OrganizationView organization(UUID brandId, UUID organizationId) {
        find(brandId);
        return MemberOrganization.<MemberOrganization>findByIdOptional(organizationId)
                .filter(o -> o.brandId.equals(brandId))
                .map(o -> new BrandView.OrganizationView(o.id, o.name, o.joinedAt))
                .orElseThrow(() -> ProblemException.notFound("organization of this brand", organizationId));
    }

    /** One leader of the brand, readable by whoever reads the brand; 404 when the volunteer does not lead it. */
    public BrandView.LeaderView leader(UUID brandId, UUID volunteerId) {
        find(brandId);
        return BrandLeader.<BrandLeader>findByIdOptional(new BrandLeader.Key(brandId, volunteerId))
                .map(l -> new BrandView.LeaderView(brandId, volunteerId, l.appointedAt))
                .orElseThrow(() -> ProblemException.notFound("leader of this brand", volunteerId));
    }

    public Page<BrandView> list(String district, int limit, String cursor) {
        StringBuilder query = new StringBuilder(district == null ? "1 = 1" : "district = :district");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (district != null) {
            params.put("district", district);
        }
        Cursor.Scope scope = Cursor.scope("brands", district);
        Cursor.after(cursor, scope, "createdAt", "id", query, params);
        List<Brand> rows = Brand.<Brand>find(query + " order by createdAt, id", params).range(0, limit).list();
        return Page.of(rows, limit, b -> view(b.id), b -> Cursor.encode(scope, b.createdAt, b.id));
    }

    /** A district office appoints another leader from the brand's district. */
    public BrandView addLeader(UUID brandId, UUID volunteerId, CurrentUser caller) {
        Brand brand = find(brandId);
        caller.requireSight(brand.district, "brand", brandId); // another district's brand: as an unknown id
        KnownVolunteer leader = KnownVolunteer.inDistrict(volunteerId, brand.district)
                .orElseThrow(() -> ProblemException.ruleViolated("volunteerId", "is not a registered volunteer of the brand's district",
                        "A leader must be a registered volunteer of the brand's district " + brand.district));
        if (BrandLeader.leads(leader.volunteerId, brandId)) {
            throw ProblemException.conflict("volunteerId", "already leads this brand", "That volunteer already leads this brand");
        }
        appoint(brand, leader.volunteerId, caller, NetworkClock.now());
        return view(brandId);
    }

    public void removeLeader(UUID brandId, UUID volunteerId, CurrentUser caller) {
        Brand brand = find(brandId);
        caller.requireSight(brand.district, "brand", brandId); // another district's brand: as an unknown id
        List<UUID> leaders = BrandLeader.of(brandId);
        if (!leaders.contains(volunteerId)) {
            throw ProblemException.notFound("leader of this brand", volunteerId);
        }
        if (leaders.size() == 1) {
            throw ProblemException.conflict("A brand keeps at least one leader: appoint another first");
        }
        BrandLeader.delete("key.brandId = ?1 and key.volunteerId = ?2", brandId, volunteerId);
        outbox.publish(new BrandLeaderDismissed(brandId, brand.district, volunteerId, NetworkClock.now()));
    }

    public MemberOrganization addOrganization(UUID brandId, BrandCommands.JoinOrganization request, CurrentUser caller) {
        Brand brand = find(brandId);
        caller.requireSight(brand.district, "brand", brandId); // another district's brand: as an unknown id
        String key = NameKey.of(request.name());
        if (MemberOrganization.count("brandId = ?1 and nameKey = ?2", brandId, key) > 0) {
            throw ProblemException.conflict("name", "is the name of an organization that has already joined this brand",
                    "That organization has already joined this brand");
        }
        MemberOrganization organization = new MemberOrganization();
        organization.id = UUID.randomUUID();
        organization.brandId = brandId;
        organization.name = request.name().strip();
        organization.nameKey = key;
        organization.contact = blankToNull(request.contact());
        organization.joinedAt = NetworkClock.now();
        organization.persist();
        outbox.publish(new OrganizationJoined(organization.id, brandId, brand.district, organization.name, organization.joinedAt));
        return organization;
    }

    /** A leader of the brand or its district office forms a group; the group's leader is its first member. */
    public VolunteerGroup formGroup(UUID brandId, BrandCommands.FormGroup request, CurrentUser caller) {
        Brand brand = find(brandId);
        boolean office = caller.hasRole(Roles.DISTRICT_ADMIN) && caller.mayActIn(brand.district);
        if (!office && !callers.leadsBrand(caller, brandId)) {
            // to another district, the brand reads like an unknown id
            throw ProblemException.refused(caller.mayActIn(brand.district), "brand", brandId,
                    "Only a leader of this brand or its district office forms its groups");
        }
        // a group lives in its brand's district: its leader too (issue 18, cross-district references)
        KnownVolunteer leader = KnownVolunteer.inDistrict(request.leaderVolunteerId(), brand.district)
                .orElseThrow(() -> ProblemException.ruleViolated("leaderVolunteerId", "is not a registered volunteer of the brand's district",
                        "The group leader must be a registered volunteer of district " + brand.district));
        String key = NameKey.of(request.name());
        if (VolunteerGroup.count("brandId = ?1 and nameKey = ?2", brandId, key) > 0) {
            throw ProblemException.conflict("name", "is the name of another group of this brand",
                    "This brand already has a group of that name");
        }
        Instant now = NetworkClock.now();
        VolunteerGroup group = new VolunteerGroup();
        group.id = UUID.randomUUID();
        group.brandId = brandId;
        group.name = request.name().strip();
        group.nameKey = key;
        group.leaderVolunteerId = leader.volunteerId;
        group.formedAt = now;
        group.persist();
        GroupMembership membership = new GroupMembership();
        membership.key = new GroupMembership.Key(group.id, leader.volunteerId);
        membership.status = MembershipStatus.APPROVED;
        membership.requestedAt = now;
        membership.decidedBy = caller.subject();
        membership.decisionReason = "group leader";
        membership.decidedAt = now;
        membership.persist();
        outbox.publish(new GroupFormed(group.id, brandId, brand.district, group.name, leader.volunteerId, now));
        outbox.publish(new MemberJoined(group.id, brandId, brand.district, leader.volunteerId, now));
        return group;
    }

    private void appoint(Brand brand, UUID volunteerId, CurrentUser caller, Instant at) {
        BrandLeader leader = new BrandLeader();
        leader.key = new BrandLeader.Key(brand.id, volunteerId);
        leader.appointedBy = caller.subject();
        leader.appointedAt = at;
        leader.persist();
        outbox.publish(new BrandLeaderAppointed(brand.id, brand.district, volunteerId, at));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
