package cn.guihua.subsidy.farmland;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.guihua.platform.audit.Audit;
import cn.guihua.platform.problem.ProblemException;
import cn.guihua.platform.security.Caller;
import cn.guihua.subsidy.application.Application;
import cn.guihua.subsidy.application.ApplicationStatus;
import cn.guihua.subsidy.notice.NoticeRequests;
import cn.guihua.subsidy.notice.NoticeView;
import cn.guihua.subsidy.notice.Notices;
import cn.guihua.subsidy.notice.Objection;
import cn.guihua.subsidy.notice.PublicNotice;
import cn.guihua.subsidy.rules.Explanation;
import cn.guihua.subsidy.rules.ParameterName;
import cn.guihua.subsidy.rules.ParameterUse;
import cn.guihua.subsidy.rules.Parameters;
import cn.guihua.subsidy.rules.RuleBook;
import io.quarkus.panache.common.Sort;

/**
 * The selection's public notice (000:1745 评价结果公示无异议后最终确定区级耕地保护激励名单): read back with its dates and
 * where each unit stands, objections during it, and what an objection holds (FARMLAND_OBJECTION_SCOPE).
 */
@ApplicationScoped
public class FarmlandNotices {

    @Inject
    RuleBook rules;

    @Inject
    Parameters parameters;

    @Inject
    Notices notices;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @Inject
    ObjectMapper json;

    public ParameterUse objectionScope(FarmlandRanking r, PublicNotice n) {
        LocalDate day = n != null ? n.postedOn : r.selectedOn != null ? r.selectedOn : rules.yearDate(FarmlandService.POLICY, r.year);
        return parameters.use(ParameterName.FARMLAND_OBJECTION_SCOPE, rules.policy(FarmlandService.POLICY).jurisdiction, day);
    }

    public FarmlandRanking find(Long id) {
        FarmlandRanking r = FarmlandRanking.findById(id);
        if (r == null) {
            throw ProblemException.notFound("thing.farmland-ranking", id);
        }
        caller.requireJurisdiction(r.district);
        return r;
    }

    RankingView stored(FarmlandRanking r) {
        try {
            return json.readerFor(RankingView.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readValue(r.result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The selection as made, with its notice as of {@code asOf}. */
    public RankingView view(FarmlandRanking r, LocalDate asOf) {
        PublicNotice n = PublicNotice.find("rankingId", r.id).firstResult();
        List<Objection> objections = n == null ? List.of() : Objection.list("rankingId", Sort.by("raisedOn").and("id"), r.id);
        return view(r, stored(r), n, n == null ? null : notices.current(n, false), objections, asOf);
    }

    /**
     * A selection just made, as {@link #view(FarmlandRanking, LocalDate)} would read it back: from what was stored and
     * posted in this transaction, not from the database (parsing the thousand stored units again and reading the notice,
     * its objections and its terms again were a sixth of a ranking's CPU time; issue 17). A notice just posted has no
     * objections.
     */
    RankingView made(FarmlandRanking r, RankingView made, Notices.Posted posted, LocalDate asOf) {
        return view(r, made, posted.notice(), posted.terms(), List.of(), asOf);
    }

    private RankingView view(FarmlandRanking r, RankingView made, PublicNotice n, Notices.Terms terms, List<Objection> objections,
            LocalDate asOf) {
        List<String> units = new ArrayList<>();
        made.streets().stream().filter(RankedUnit::selected).forEach(u -> units.add(u.jurisdiction()));
        made.villages().stream().filter(RankedUnit::selected).forEach(u -> units.add(u.jurisdiction()));
        NoticeView notice = null;
        List<ParameterName> missing = new ArrayList<>(made.missingParameters() == null ? List.of() : made.missingParameters());
        boolean payable = false;
        if (n != null) {
            // the objection scope decides only for objections
            notice = notices.view(n, terms, objections, units, objections.isEmpty() ? null : objectionScope(r, n), asOf);
            payable = !notice.finalUnits().isEmpty();
            for (ParameterName p : notice.missingParameters()) {
                if (!missing.contains(p)) {
                    missing.add(p);
                }
            }
        }
        return new RankingView(made.district(), made.year(), made.asOf(), made.streets(), made.villages(), made.tieAtCutoff(), made.madeBy(),
                made.madeAt(), r.id, r.selectedOn, notice, payable, missing);
    }

    /** A selection made before the notice was modelled has none: it is posted here (once). */
    @Transactional
    public PublicNotice post(Long id, NoticeRequests.NewNotice body) {
        FarmlandRanking r = find(id);
        if (PublicNotice.count("rankingId", r.id) > 0) {
            throw ProblemException.conflict("notice.posted-already");
        }
        PublicNotice n = notices.post(FarmlandService.POLICY, "SELECTION_PUBLIC_NOTICE", null, r.id, r.district, body.postedOn());
        audit.record("farmland.notice-posted", "FarmlandRanking", r.id, body);
        return n;
    }

    @Transactional
    public Objection object(Long id, NoticeRequests.NewObjection body) {
        FarmlandRanking r = find(id);
        PublicNotice n = PublicNotice.find("rankingId", r.id).firstResult();
        if (body.unit() != null) {
            RankingView made = stored(r);
            boolean selected = made.streets().stream().anyMatch(u -> u.selected() && u.jurisdiction().equals(body.unit()))
                    || made.villages().stream().anyMatch(u -> u.selected() && u.jurisdiction().equals(body.unit()));
            if (!selected) {
                throw ProblemException.invalid("unit", "farmland.unit-not-selected", body.unit());
            }
        }
        Objection o = new Objection();
        o.id = UUID.randomUUID();
        o.noticeId = n == null ? null : n.id;
        o.rankingId = r.id;
        o.unit = body.unit();
        o.jurisdiction = body.unit() != null ? body.unit() : r.district;
        o.raisedOn = body.raisedOn();
        o.raisedBy = body.raisedBy();
        o.text = body.text();
        o.recordedBy = caller.subject();
        o.recordedAt = OffsetDateTime.now();
        o.persist();
        audit.record("farmland.objection-raised", "FarmlandRanking", r.id, Map.of("objection", o.id, "raisedOn", o.raisedOn));
        return o;
    }

    @Transactional
    public Objection resolve(Long id, UUID objectionId, NoticeRequests.Resolution body) {
        FarmlandRanking r = find(id);
        Objection o = notices.objection(objectionId);
        if (!r.id.equals(o.rankingId)) {
            throw ProblemException.notFound("thing.objection", objectionId);
        }
        ProblemException.requireVersion(body.version() == null ? null : body.version().longValue(), o.version);
        if (o.resolvedOn != null) {
            throw ProblemException.conflict("objection.resolved-already", o.resolvedOn);
        }
        if (body.resolvedOn().isBefore(o.raisedOn)) {
            throw ProblemException.invalid("resolvedOn", "objection.resolved-before-raised");
        }
        o.resolvedOn = body.resolvedOn();
        o.outcome = body.outcome();
        o.resolution = body.resolution();
        PublicNotice n = o.noticeId == null ? null : PublicNotice.findById(o.noticeId);
        if (o.outcome == Objection.Outcome.UPHELD && o.unit != null && n != null
                && Boolean.TRUE.equals(Notices.duringNotice(o, n, notices.current(n, false).endsOn()))) {
            // the unit objected to is not confirmed on the list: its award is rejected
            Application award = Application.find("policyCode = ?1 and beneficiaryId = ?2 and benefitKey = ?3 and status = ?4",
                    FarmlandService.POLICY, o.unit, String.valueOf(r.year), ApplicationStatus.APPROVED).firstResult();
            if (award != null) {
                award.status = ApplicationStatus.REJECTED;
                award.amount = null;
                award.decisionReason = Explanation.note("notice.rejected-by-objection", o.raisedOn, notices.clause(n).ref());
                award.updatedAt = OffsetDateTime.now();
            }
        }
        audit.record("farmland.objection-resolved", "FarmlandRanking", r.id, Map.of("objection", o.id, "outcome", o.outcome));
        Objection.getEntityManager().flush();
        return o;
    }
}
