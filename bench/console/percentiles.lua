-- wrk prints p50/p95/p99 of the latency in milliseconds (its own summary has no p95)
done = function(summary, latency, requests)
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("p%d %.1f\n", p, latency:percentile(p) / 1000))
  end
end
