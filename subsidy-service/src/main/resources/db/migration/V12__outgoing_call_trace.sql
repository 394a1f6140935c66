-- The W3C trace context current when a call to a neighbour was queued: the relay that delivers it later continues
-- that trace (the platform's TracedHttp), so the neighbour's work joins the trace of the request or batch that asked
-- for it. Expand only: nullable columns; a call queued without them (or by the previous version during a rolling
-- update) is delivered in a trace of its own.
ALTER TABLE outgoing_call ADD COLUMN IF NOT EXISTS traceparent TEXT;
ALTER TABLE outgoing_call ADD COLUMN IF NOT EXISTS tracestate TEXT;
