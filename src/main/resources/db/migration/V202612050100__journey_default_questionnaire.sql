-- The family questionnaire Strands ships, in its own words: part 1 when a family first asks for help, part 2 some weeks
-- later. It belongs to no area (area_id null); an area may add its own with the same key, which then applies there.
-- A scale's answer is stored as the position of its label, from 1 (the first label) up.

with family as (
    insert into journey_questionnaire (area_id, key, title)
    values (null, 'family', 'How things are going for you and your child')
    returning id
)
insert into journey_question (questionnaire_id, part, position, key, wording, kind, scale, measures)
select family.id, q.part, q.position, q.key, q.wording, q.kind, q.scale, q.measures
from family, (values
    (1, 1, 'confidence', 'How confident do you feel about helping your child to talk and to understand?', 'SCALE',
        array['Not at all confident', 'Not very confident', 'Fairly confident', 'Confident', 'Very confident'], null),
    (1, 2, 'daily-life', 'In everyday life (at home, out and about, at nursery or school), how well does your child get on with talking and understanding?', 'SCALE',
        array['Not well at all', 'Not very well', 'Fairly well', 'Well', 'Very well'], null),
    (1, 3, 'getting-help', 'How easy was it to get help when you wanted it?', 'SCALE',
        array['Very hard', 'Quite hard', 'Neither easy nor hard', 'Quite easy', 'Very easy'], 'SATISFACTION'),
    (2, 1, 'confidence', 'How confident do you feel now about helping your child to talk and to understand?', 'SCALE',
        array['Not at all confident', 'Not very confident', 'Fairly confident', 'Confident', 'Very confident'], null),
    (2, 2, 'daily-life', 'In everyday life (at home, out and about, at nursery or school), how well does your child get on now with talking and understanding?', 'SCALE',
        array['Not well at all', 'Not very well', 'Fairly well', 'Well', 'Very well'], null),
    (2, 3, 'getting-help', 'How easy has it been to get the help your child needed?', 'SCALE',
        array['Very hard', 'Quite hard', 'Neither easy nor hard', 'Quite easy', 'Very easy'], 'SATISFACTION'),
    (2, 4, 'change', 'Since you first asked for help, how has your child''s talking and understanding changed?', 'SCALE',
        array['Much worse', 'A little worse', 'About the same', 'A little better', 'Much better'], 'CHANGE'),
    (2, 5, 'anything-else', 'Is there anything else you would like to tell us?', 'TEXT', array[]::text[], null)
) as q(part, position, key, wording, kind, scale, measures);
