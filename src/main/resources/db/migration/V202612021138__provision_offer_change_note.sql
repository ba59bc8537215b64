-- What changed, when an offer was changed by something other than its own form or import (a regrouping of
-- localities, for example); null for an ordinary save.
alter table offer_change add column note text;
