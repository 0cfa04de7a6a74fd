#pragma once
// ScenarioDescription: everything a run needs, parsed and checked once (sim/scenario/load.cpp),
// immutable afterwards. A sweep builds thousands of simulations from one description.
// Units are in the names; every default's source is in docs/parameters.md.
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "sim/core/date.hpp"
#include "sim/core/matrix.hpp"
#include "sim/scenario/levers.hpp"

namespace airgov {

// Emitted species. Sulfate and nitrate PM2.5 form from SO2 and NOx at the source by yields
// (chemistry below); all three are then transported as PM2.5 mass.
enum class Tracer { pm25_primary = 0, so2 = 1, nox = 2 };
inline constexpr int kTracerCount = 3;
inline constexpr std::array<const char*, kTracerCount> kTracerNames = {"pm25", "so2", "nox"};

enum class Sector { industry = 0, power = 1, residential = 2, transport = 3 };
inline constexpr int kSectorCount = 4;
inline constexpr std::array<const char*, kSectorCount> kSectorNames = {"industry", "power",
                                                                        "residential", "transport"};

using SectorValues = std::array<double, kSectorCount>;
using TracerSectorValues = std::array<SectorValues, kTracerCount>;

struct JurisdictionSpec {
  std::string id;        // stable key, as in shared/data/cities.csv ("beijing")
  std::string name;      // English name
  std::string name_zh;   // Chinese name
  std::string province;
  double lat_deg = 0;
  double lon_deg = 0;
  double population_million = 0;
  double gdp_billion_cny = 0;
  double area_km2 = 0;
  TracerSectorValues emissions_t_per_year{};  // baseline (no policy), by tracer and sector
  double abatement_cost_multiplier = 1.0;     // scales the region's marginal abatement cost
  std::vector<std::string> groups;            // subsets the city belongs to ("jjj13", "2p26")
  std::string source;                         // provenance of the figures
};

// A tie between two governments on the institutional layer of the region graph.
struct InstitutionalTie {
  std::string from;
  std::string to;
  std::string kind;  // "neighbour", "pairing", "agreement", ...
};

struct RegionSpec {
  std::string name;
  std::vector<JurisdictionSpec> jurisdictions;
  std::vector<InstitutionalTie> ties;
};

// One weather regime: a steady meteorological situation that lasts for days.
struct RegimeSpec {
  std::string name;
  double wind_speed_ms = 2;
  double mixing_height_m = 600;
  // Frequency of the direction the wind blows FROM, 16 compass sectors starting at north and
  // going clockwise (N, NNE, NE, ...), meteorological convention; sums to 1.
  std::array<double, 16> wind_from_frequency{};
  double background_ugm3 = 10;           // PM2.5 of the air that enters the region
  double deposition_velocity_ms = 0.001; // dry deposition v_d
  double wet_removal_per_s = 0;          // k_wet
  double venting_per_s = 0;              // k_vent, exchange through the top of the mixed layer
};

struct SeasonSpec {
  std::string name;
  std::vector<int> months;  // 1..12
  Matrix transition;        // regime x regime, rows sum to 1
};

struct WeatherSpec {
  std::vector<RegimeSpec> regimes;
  std::vector<SeasonSpec> seasons;  // each month belongs to exactly one season
  bool stochastic = true;           // false: every day in regime 0 (reference cases)
};

enum class TransportMethod { box_network, matrix };

struct TransportSpec {
  TransportMethod method = TransportMethod::box_network;
  // method == matrix: a given source-receptor matrix (row = source, column = receptor) in
  // ug/m3 per t/yr of PM2.5-equivalent emission, and background per receptor; no memory.
  Matrix source_receptor;
  std::vector<double> background_ugm3;
  std::string units;  // declared units of the given matrix, checked by the loader
  // method == box_network, regions above 2000 jurisdictions (the sparse network): the day's step
  // by the truncated day-long operator instead of the exact sub-stepped one (docs/performance.md,
  // "The truncated day-long operator": ~1 % annual-mean error, 2-10x faster steps, minutes to build
  // at 10,000). Coefficients under `truncation_threshold` of a column's mass are dropped (and
  // booked as exported), at most `truncation_max_per_column` kept.
  bool truncated_daily_step = false;
  double truncation_threshold = 1e-4;
  int truncation_max_per_column = 128;
};

struct ChemistrySpec {
  double sulfate_yield = 0;  // t of sulfate PM2.5 formed per t SO2 emitted
  double nitrate_yield = 0;  // t of nitrate PM2.5 formed per t NOx emitted
};

struct EmissionsSpec {
  int base_year = 2013;
  // Residential emissions are concentrated in the heating season: the factor multiplies the
  // sector's mean rate inside it; outside it the rate is lowered so the annual total is kept.
  int heating_start_month = 11, heating_start_day = 15;
  int heating_end_month = 3, heating_end_day = 15;
  double residential_heating_factor = 1.0;
  // Exogenous change of every baseline emission with activity, not policy: the baseline of
  // calendar year y is multiplied by (1 + trend_per_year)^(y - base_year). 0 = none.
  double trend_per_year = 0;
};


// A dated emission measure (clean heating, capacity cuts, boiler phase-out, species-specific
// standards): from its event's date on, the baseline emissions of the named tracers in the named
// sectors are cut by `cut` in the jurisdictions it covers. Several measures on one tracer and
// sector compound: (1 - c1)(1 - c2). They lower the baseline the governments' own effort then
// acts on (models/emissions/seasonal_emissions.hpp).
struct EmissionMeasure {
  std::vector<Tracer> tracers;
  std::vector<Sector> sectors;
  double cut = 0;  // fraction of the baseline removed, in [0, 1]
  // Coverage: a jurisdiction is covered when its id, its province or one of its groups is named;
  // all three empty = every jurisdiction.
  std::vector<std::string> jurisdictions;
  std::vector<std::string> provinces;
  std::vector<std::string> groups;
  std::string name;
};

struct PolicyEvent {
  Date date;
  std::string name;
  std::map<std::string, double> levers;  // lever key -> new value from that date on
  std::vector<EmissionMeasure> measures;
};

struct EconomicsSpec {
  // Quadratic abatement cost K = c A^2 / 2 with c_i = mac / (reference_effort * Ebar_i):
  // the marginal cost reaches `mac` when a government cuts `reference_effort` of its emissions.
  double marginal_abatement_cost_cny_per_t = 0;
  double reference_effort = 0.5;
  double max_effort = 0.8;  // a_max: no government can cut more than this fraction
  // What a government counts as the damage of 1 ug/m3 of annual mean PM2.5 for one resident.
  double damage_cny_per_person_per_ugm3 = 0;
  double tau_max = 0.5;  // best cost reduction technology can bring
};

// Explicit game parameters (reference cases): when given they replace the derived c_i and d_i.
struct ExplicitGame {
  std::vector<double> cost_coefficient;  // c_i, CNY per (t/yr)^2
  std::vector<double> damage_weight;     // d_i, CNY per ug/m3
};

struct DecisionSpec {
  std::string rule = "nash";
  std::string period = "month";  // "month", "year", or "horizon" (one decision for the run)
  // Capacity is not built overnight: effort approaches the decided level with this time
  // constant (e-folding, days); 0 = at once.
  double implementation_lag_days = 0;
  double initial_cooperators = 0.5;  // evolutionary: share playing joint prevention at the start
  double imitation_noise = 0;        // evolutionary: Fermi noise K in CNY/yr; 0 = automatic scale
  double reciprocity_beta = 0.8;     // reciprocity: how far effort follows neighbours'
};

// The central government (MODEL.md section 2): inspects, fines detected shortfalls, pays the
// regional fund's rewards after assessment. Inspection campaigns raise detection for a while.
struct InspectionCampaign {
  Date start;
  Date end;  // inclusive
  double detection_boost = 0;  // added to the detection probability, capped at 1
  std::string name;
};

struct CentralGovernmentSpec {
  bool enabled = false;
  std::vector<InspectionCampaign> campaigns;
};

// Joint heavy-pollution warnings (2016 unified thresholds): when a heavy day (AQI > 200) is
// forecast within the warning lead time, member governments cut emissions temporarily.
struct EmergencySpec {
  bool enabled = false;
  double emission_cut = 0.3;  // fraction cut while the alert lasts (Beijing's Dec 2015 red alerts: ~36 %)
  int min_heavy_days = 2;     // forecast heavy days that trigger an alert (yellow: >= 2)
  int response_days = 2;      // days for measures to take full effect (48-72 h)
};

// A fixed horizontal transfer (eco-compensation), e.g. Beijing to Langfang from 2015.
struct TransferSpec {
  std::string from;
  std::string to;
  double cny_per_year = 0;
  Date start;
  Date end;  // inclusive
};

struct HealthSpec {
  std::string function = "gemm";       // "gemm" or "log_linear": one function per report
  double baseline_mortality_per_1000 = 0;  // per adult per year; 0 = no health report
  double adult_share = 0;              // share of population aged 25 and over
  std::string source;
};

struct ScenarioDescription {
  int schema_version = 1;
  std::string name;
  std::string description;
  std::string file;    // path as given, for messages
  std::string sha256;  // of the scenario document as loaded
  Date start_date = Date::from_ymd(2013, 1, 1);
  int days = 365;
  unsigned long long seed = 1;
  RegionSpec region;
  WeatherSpec weather;
  TransportSpec transport;
  ChemistrySpec chemistry;
  EmissionsSpec emissions;
  EconomicsSpec economics;
  std::optional<ExplicitGame> game;
  DecisionSpec decision;
  Levers levers;
  std::vector<PolicyEvent> events;
  CentralGovernmentSpec central_government;
  EmergencySpec emergency;
  std::vector<TransferSpec> transfers;
  HealthSpec health;
};

// The funding lever may be given as an amount: this yearly regional fund counts as funding = 1
// (the 2014 central special fund of 10 bn CNY for the three key regions, policy-timeline.csv).
inline constexpr double kFullFundingCnyPerYear = 1e10;

}  // namespace airgov
