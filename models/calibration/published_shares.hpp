#pragma once
// Published source apportionments (scenarios/observations/transport-shares.csv, a copy of
// shared/data): the regional share of a city's PM2.5 (annual, on good, polluted or heavy days)
// and which cities are net receivers, net sources or balanced, each with its period, method and
// source. `airgov transport` sets the simulated shares and statuses beside them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace airgov::calibration {

// The class of day a published share refers to (the simulated ones: good PM2.5 <= 75 ug/m3,
// polluted 75-150, heavy > 150; published "moderate days" are taken as polluted, and heavy
// "episodes" as heavy days).
enum class DayClass { annual, good, polluted, heavy };

struct PublishedShare {
  std::string receptor;  // as published: "Beijing"
  int year = 0;          // the first year named in the period
  std::string period, condition, method, source;
  DayClass day_class = DayClass::annual;
  std::optional<double> low, high;  // fractions; an open end is absent ("above 50 %": no high)
  int line = 0;
};

struct PublishedStatus {
  std::string receptor;  // one city of the published list
  std::string status;    // net_receiver, net_source or balanced (as `airgov transport` prints them)
  int year = 0;
  std::string method, source;
  int line = 0;
};

struct PublishedApportionment {
  std::vector<PublishedShare> shares;
  std::vector<PublishedStatus> statuses;
  // Rows that name no single city's share by a class of day (a range over many cities, a winter,
  // a month, a set of episodes): line and a short description, listed as not compared.
  std::vector<std::pair<int, std::string>> not_compared;
};

// Parses the CSV (header `receptor,period,regional_share_low,regional_share_high,condition,method,
// source`, RFC 4180 quoting). A row with a share range and one receptor is a share, classed by its
// condition ("annual mean", "good days", "moderate days", anything "heavy"); a row whose condition
// is "net receivers ...", "net sources ..." or "balanced" lists cities separated by commas. Every
// bad line is reported at once: InvalidInputError (exit 65) with "line N".
PublishedApportionment parse_published_apportionment(std::string_view text, const std::string& file);

}  // namespace airgov::calibration
