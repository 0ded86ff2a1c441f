-- The "Adhérer" page announced an online form "coming soon": it has come (below the page's text). The
-- sentence is replaced only where the board has not already rewritten it.
update site_page
set body_markdown = replace(body_markdown,
        'Le formulaire d''adhésion en ligne arrive bientôt ; en attendant, envoyez votre chèque accompagné de vos coordonnées au siège.',
        'Pour adhérer, remplissez le formulaire ci-dessous : vous y indiquez le montant de votre cotisation, puis vous recevez la marche à suivre pour l''envoyer par chèque.'),
    body_html = replace(body_html,
        'Le formulaire d''adhésion en ligne arrive bientôt ; en attendant, envoyez votre chèque accompagné de vos coordonnées au siège.',
        'Pour adhérer, remplissez le formulaire ci-dessous : vous y indiquez le montant de votre cotisation, puis vous recevez la marche à suivre pour l''envoyer par chèque.')
where slug = 'adherer';
