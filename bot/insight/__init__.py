"""Anonymous insight for counsellors (#14): counts of what the bot answered, per hour, never text or ids.

`events` turns the bot's messages of one turn into counter keys (from the domain response names
and the help reply's topic and card ids only), `recorder` keeps the short per-conversation state
in memory and hands the counts to `store` (one atomic UPSERT per counter, SQLite or PostgreSQL,
next to the channel history), `aggregate` sums them per day and week with the "<5" rule, and
`render` draws the page: inline SVG plots with a table beside each.
"""
