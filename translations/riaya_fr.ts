<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Access</name>
    <message>
        <source>Sign in first: %1 needs an account on this database.</source>
        <translation>Connectez-vous d’abord&#xa0;: %1 demande un compte sur cette base.</translation>
    </message>
    <message>
        <source>%1 may not do this: %2 is for %3.</source>
        <translation>%1 ne peut pas faire cela&#xa0;: %2 est réservé à&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>ActionStore</name>
    <message>
        <source>The corrective action was not saved.</source>
        <translation>L’action corrective n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The inspection has no finding %1; write the finding first.</source>
        <translation>L’inspection ne comporte pas de constatation %1&#xa0;; saisissez d’abord la constatation.</translation>
    </message>
    <message>
        <source>Describe what must be done, in at most %1 characters.</source>
        <translation>Décrivez ce qui doit être fait, en %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Name who is responsible for the action.</source>
        <translation>Indiquez le responsable de l’action.</translation>
    </message>
    <message>
        <source>Give the date by which the action is due.</source>
        <translation>Indiquez la date d’échéance de l’action.</translation>
    </message>
    <message>
        <source>The action cannot be due before the inspection (%1).</source>
        <translation>L’échéance de l’action ne peut pas précéder l’inspection (%1).</translation>
    </message>
    <message>
        <source>The corrective action could not be saved to disk.</source>
        <translation>L’action corrective n’a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The corrective action was not changed.</source>
        <translation>L’action corrective n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>It was verified already; raise a new action if more is needed.</source>
        <translation>Elle a déjà été vérifiée&#xa0;; créez une nouvelle action s’il faut aller plus loin.</translation>
    </message>
    <message>
        <source>An action is open, in_progress, done or verified, not “%1”.</source>
        <translation>L’état d’une action est open, in_progress, done ou verified, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation>La note dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>A follow-up inspection verifies actions; it does not set them %1.</source>
        <translation>Une inspection de suivi vérifie les actions&#xa0;; elle ne les fait pas passer à l’état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>That inspection is not a follow-up of the one that raised the action.</source>
        <translation>Cette inspection n’est pas une inspection de suivi de celle qui a créé l’action.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>La date ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>There is no corrective action with the id %1.</source>
        <translation>Aucune action corrective ne porte l’identifiant %1.</translation>
    </message>
    <message>
        <source>Cannot read the corrective actions: %1</source>
        <translation>Impossible de lire les actions correctives&#xa0;: %1</translation>
    </message>
    <message>
        <source>The progress was not recorded.</source>
        <translation>L’avancement n’a pas été enregistré.</translation>
    </message>
    <message>
        <source>The action was verified already.</source>
        <translation>L’action a déjà été vérifiée.</translation>
    </message>
    <message>
        <source>Progress is open, in_progress or done; an inspector verifies, not “%1”.</source>
        <translation>L’état d’avancement est open, in_progress ou done, pas « %1 »&#xa0;; la vérification revient à l’inspecteur.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Le texte dépasse %1 caractères.</translation>
    </message>
</context>
<context>
    <name>AuditAnchors</name>
    <message>
        <source>Cannot read the signed audit heads: %1</source>
        <translation>Impossible de lire les têtes d’audit signées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d’audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>A signed audit head names another site or no entry; it was ignored.</source>
        <translation>Une tête d’audit signée désigne un autre site ou aucune entrée&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The audit history of this site was rewritten: it had signed entry %1 as %2 on %3, and now signs it as %4.</source>
        <translation>L’historique d’audit de ce site a été réécrit&#xa0;: il avait signé l’entrée %1 comme %2 le %3, et la signe désormais comme %4.</translation>
    </message>
    <message>
        <source>A signed audit head of entry %1 does not carry the site&apos;s signature; it was ignored.</source>
        <translation>Une tête d’audit signée de l’entrée %1 ne porte pas la signature du site&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The audit history of this site does not continue what it signed before: its head of entry %1 follows entry %2, not the entry %3 held here.</source>
        <translation>L’historique d’audit de ce site ne prolonge pas ce qu’il a signé auparavant&#xa0;: sa tête à l’entrée %1 suit l’entrée %2, et non l’entrée %3 détenue ici.</translation>
    </message>
    <message>
        <source>The audit history of this site went back: it signs entry %1 after having signed entry %2.</source>
        <translation>L’historique d’audit de ce site a reculé&#xa0;: il signe l’entrée %1 après avoir signé l’entrée %2.</translation>
    </message>
    <message>
        <source>Cannot record the audit warning.</source>
        <translation>Impossible d’enregistrer l’avertissement d’audit.</translation>
    </message>
    <message>
        <source>A signed audit head sent by the ministry is not countersigned by it; it was ignored.</source>
        <translation>Une tête d’audit signée envoyée par le ministère n’est pas contresignée par lui&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The signed head of audit entry %1 (%2) does not carry a valid signature.</source>
        <translation>La tête signée de l’entrée d’audit %1 (%2) ne porte pas de signature valide.</translation>
    </message>
    <message>
        <source>The audit history up to entry %1 was rewritten after its head was signed on %2 (%3).</source>
        <translation>L’historique d’audit jusqu’à l’entrée %1 a été réécrit après la signature de sa tête le %2 (%3).</translation>
    </message>
    <message>
        <source>signed here</source>
        <translation>signée ici</translation>
    </message>
    <message>
        <source>as the ministry holds it</source>
        <translation>telle que la détient le ministère</translation>
    </message>
    <message>
        <source>The signed head of audit entry %1 does not carry a valid signature.</source>
        <translation>La tête signée de l’entrée d’audit %1 ne porte pas de signature valide.</translation>
    </message>
    <message>
        <source>The signed head of audit entry %1 does not follow the one of entry %2.</source>
        <translation>La tête signée de l’entrée d’audit %1 ne fait pas suite à celle de l’entrée %2.</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot write the audit log: %1</source>
        <translation>Impossible d&apos;écrire dans le journal d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Audit entries %1 to %2 are missing.</source>
        <translation>Les entrées d&apos;audit %1 à %2 sont manquantes.</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed after it was written.</source>
        <translation>L&apos;entrée d&apos;audit %1 a été modifiée après son enregistrement.</translation>
    </message>
    <message>
        <source>The last audit entries were removed: the log ends at entry %1, but it had reached entry %2.</source>
        <translation>Les dernières entrées d&apos;audit ont été supprimées&#xa0;: le journal s&apos;arrête à l&apos;entrée %1, alors qu&apos;il avait atteint l&apos;entrée %2.</translation>
    </message>
</context>
<context>
    <name>AuditQuery</name>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d’audit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>%1 is not a Riaya backup.</source>
        <translation>%1 n’est pas une sauvegarde Riaya.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read.</source>
        <translation>%1 est endommagé&#xa0;: son en-tête est illisible.</translation>
    </message>
    <message>
        <source>Cannot make the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>Cannot copy the database into %1: %2</source>
        <translation>Impossible de copier la base dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Impossible d’écrire la sauvegarde %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: it cannot be opened with this site&apos;s keys.</source>
        <translation>%1 est endommagé&#xa0;: les clés de ce site ne l’ouvrent pas.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated.</source>
        <translation>%1 est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>%1 is damaged: its content was changed.</source>
        <translation>%1 est endommagé&#xa0;: son contenu a été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged: it goes on after its end.</source>
        <translation>%1 est endommagé&#xa0;: il continue après sa fin.</translation>
    </message>
    <message>
        <source>%1 does not hold a usable database: %2</source>
        <translation>%1 ne contient pas de base utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: its database belongs to another site.</source>
        <translation>%1 est endommagé&#xa0;: sa base appartient à un autre site.</translation>
    </message>
    <message>
        <source>%1 is a backup of “%2”, not of this database; nothing was replaced.</source>
        <translation>%1 est une sauvegarde de «&#xa0;%2&#xa0;», pas de cette base&#xa0;; rien n’a été remplacé.</translation>
    </message>
    <message>
        <source>The database %1 is open in Riaya or a command: close it first; nothing was replaced.</source>
        <translation>La base %1 est ouverte dans Riaya ou une commande&#xa0;: fermez-la d’abord&#xa0;; rien n’a été remplacé.</translation>
    </message>
    <message>
        <source>Cannot keep the current database aside as %1; nothing was replaced.</source>
        <translation>Impossible de garder la base actuelle de côté sous %1&#xa0;; rien n’a été remplacé.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place of %1; the database was left as it was.</source>
        <translation>Impossible de mettre la sauvegarde à la place de %1&#xa0;; la base est restée telle quelle.</translation>
    </message>
    <message>
        <source>Choose a folder for the backups.</source>
        <translation>Choisissez un dossier pour les sauvegardes.</translation>
    </message>
    <message>
        <source>The backup settings could not be saved to disk.</source>
        <translation>Les réglages des sauvegardes n’ont pas pu être enregistrés sur le disque.</translation>
    </message>
    <message>
        <source>Keep from 1 to %1 backups of each kind.</source>
        <translation>Gardez de 1 à %1 sauvegardes de chaque sorte.</translation>
    </message>
    <message>
        <source>Backups are encrypted with the site&apos;s keys: create them first (on the Sync screen, or with “riaya-cli keys create”).</source>
        <translation>Les sauvegardes sont chiffrées avec les clés du site&#xa0;: créez-les d’abord (dans l’écran Synchronisation, ou avec «&#xa0;riaya-cli keys create&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>BundleExchange</name>
    <message>
        <source>The site “%1” is revoked; nothing is sent to it.</source>
        <translation>Le site «&#xa0;%1&#xa0;» est révoqué&#xa0;; rien ne lui est envoyé.</translation>
    </message>
    <message>
        <source>The bundle %1 was written but not recorded: %2</source>
        <translation>Le paquet de synchronisation %1 a été écrit mais n&apos;a pas été consigné&#xa0;: %2</translation>
    </message>
    <message>
        <source>the key of “%1” was revoked.</source>
        <translation>la clé de «&#xa0;%1&#xa0;» a été révoquée.</translation>
    </message>
    <message>
        <source>%1 is addressed to another site (%2), not to this one.</source>
        <translation>%1 est destiné à un autre site (%2), pas à celui-ci.</translation>
    </message>
    <message>
        <source>The bundle %1 could not be recorded; nothing was applied.</source>
        <translation>Le paquet de synchronisation %1 n&apos;a pas pu être consigné&#xa0;; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>Cannot record the acknowledgement of %1.</source>
        <translation>Impossible d’enregistrer l’accusé de réception de %1.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Riaya (database version %2; this one knows %3). Update Riaya to import it; nothing was applied.</source>
        <translation>%1 a été créé par une version plus récente de Riaya (base de données version %2&#xa0;; celle-ci connaît la %3). Mettez Riaya à jour pour l’importer&#xa0;; rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>%1 was refused whole; nothing was applied. %2</source>
        <translation>%1 a été refusé en entier&#xa0;; rien n’a été appliqué. %2</translation>
    </message>
    <message>
        <source>Its bundle id %1 was already imported with other content.</source>
        <translation>Son identifiant de paquet %1 a déjà été importé avec un autre contenu.</translation>
    </message>
    <message>
        <source>Its bundle id %1 belongs to a bundle already received from another sender (%2).</source>
        <translation>Son identifiant de paquet %1 appartient à un paquet déjà reçu d’un autre expéditeur (%2).</translation>
    </message>
    <message>
        <source>It is numbered %1, but the last bundle received from its sender is %2: a jump that large is not a bundle Riaya made.</source>
        <translation>Il porte le numéro %1, mais le dernier paquet reçu de son expéditeur est le %2&#xa0;: un saut aussi grand ne peut pas venir d’un paquet créé par Riaya.</translation>
    </message>
    <message>
        <source>It holds records of a kind “%1” its sender may not send here.</source>
        <translation>Il contient des enregistrements de type «&#xa0;%1&#xa0;» que son expéditeur n’a pas le droit d’envoyer ici.</translation>
    </message>
    <message>
        <source>The record %1 of %2 fails the field rules: %3 — %4</source>
        <translation>L’enregistrement %1 de la table %2 ne respecte pas les règles des champs&#xa0;: %3 — %4</translation>
    </message>
    <message>
        <source>Cannot record the clock of the sender of %1.</source>
        <translation>Impossible d’enregistrer l’horloge de l’expéditeur de %1.</translation>
    </message>
    <message numerus="yes">
        <source>When the ministry received this laptop&apos;s last bundle, its clock was %n days ahead. Set the date and time right: records stamped ahead wait for a clerk at the ministry.</source>
        <translation>
            <numerusform>Lorsque le ministère a reçu le dernier paquet de cet ordinateur portable, son horloge avait %n jour d’avance. Réglez la date et l’heure&#xa0;: les enregistrements horodatés en avance attendent un agent au ministère.</numerusform>
            <numerusform>Lorsque le ministère a reçu le dernier paquet de cet ordinateur portable, son horloge avait %n jours d’avance. Réglez la date et l’heure&#xa0;: les enregistrements horodatés en avance attendent un agent au ministère.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>When the ministry received this laptop&apos;s last bundle, its clock was %n hours ahead. Set the date and time right: records stamped ahead wait for a clerk at the ministry.</source>
        <translation>
            <numerusform>Lorsque le ministère a reçu le dernier paquet de cet ordinateur portable, son horloge avait %n heure d’avance. Réglez la date et l’heure&#xa0;: les enregistrements horodatés en avance attendent un agent au ministère.</numerusform>
            <numerusform>Lorsque le ministère a reçu le dernier paquet de cet ordinateur portable, son horloge avait %n heures d’avance. Réglez la date et l’heure&#xa0;: les enregistrements horodatés en avance attendent un agent au ministère.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not continue the history of its sender: bundle %2 (or the one before it) was received with other content, as when a site restores an old backup. Nothing was applied. Check with the site, then import it accepting the new history (in the window, tick “Accept a new history of the sender”; on the command line, --accept-fork): its records are merged as usual, nothing already received is lost, and the earlier bundles from number %2 on are set aside.</source>
        <translation>%1 ne prolonge pas l’historique de son expéditeur&#xa0;: le paquet %2 (ou le précédent) a été reçu avec un autre contenu, comme lorsqu’un site restaure une ancienne sauvegarde. Rien n’a été appliqué. Vérifiez auprès du site, puis importez-le en acceptant le nouvel historique (dans la fenêtre, cochez «&#xa0;Accepter un nouvel historique de l’expéditeur&#xa0;»&#xa0;; en ligne de commande, --accept-fork)&#xa0;: ses enregistrements sont fusionnés comme d’habitude, rien de ce qui a été reçu n’est perdu, et les paquets antérieurs à partir du numéro %2 sont mis de côté.</translation>
    </message>
</context>
<context>
    <name>BundleFile</name>
    <message>
        <source>The recipient has no valid encryption key.</source>
        <translation>Le destinataire n&apos;a pas de clé de chiffrement valide.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot compress or write the bundle %1.</source>
        <translation>Impossible de compresser ou d&apos;écrire le paquet de synchronisation %1.</translation>
    </message>
    <message>
        <source>The bundle was to hold %1 records but %2 were written.</source>
        <translation>Le paquet de synchronisation devait contenir %1 enregistrements, mais %2 ont été écrits.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Riaya bundle.</source>
        <translation>%1 n&apos;est pas un paquet de synchronisation Riaya.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Riaya (bundle format %2). Update Riaya to import it; nothing was applied.</source>
        <translation>%1 a été créé par une version plus récente de Riaya (format de paquet %2). Mettez Riaya à jour pour l&apos;importer&#xa0;; rien n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: its header does not fit in the file.</source>
        <translation>%1 est endommagé ou tronqué&#xa0;: son en-tête dépasse la taille du fichier.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header cannot be read.</source>
        <translation>%1 est endommagé&#xa0;: son en-tête est illisible.</translation>
    </message>
    <message>
        <source>%1 comes from a site this database does not trust: %2</source>
        <translation>%1 provient d&apos;un site auquel cette base de données ne fait pas confiance&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is truncated.</source>
        <translation>%1 est tronqué.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated: its content does not match its hash.</source>
        <translation>%1 est endommagé ou tronqué&#xa0;: son contenu ne correspond pas à sa valeur de hachage.</translation>
    </message>
    <message>
        <source>%1 does not carry a valid signature of its sender: it was changed or forged.</source>
        <translation>%1 ne porte pas de signature valide de son expéditeur&#xa0;: il a été modifié ou falsifié.</translation>
    </message>
    <message>
        <source>%1 is damaged.</source>
        <translation>%1 est endommagé.</translation>
    </message>
    <message>
        <source>%1 is not addressed to this site: its key does not open with this site&apos;s keys.</source>
        <translation>%1 n&apos;est pas destiné à ce site&#xa0;: sa clé ne s&apos;ouvre pas avec les clés de ce site.</translation>
    </message>
    <message>
        <source>%1 holds a record that cannot be read.</source>
        <translation>%1 contient un enregistrement illisible.</translation>
    </message>
    <message>
        <source>%1 holds a record larger than Riaya accepts.</source>
        <translation>%1 contient un enregistrement plus volumineux que ce que Riaya accepte.</translation>
    </message>
    <message>
        <source>%1 is damaged or truncated.</source>
        <translation>%1 est endommagé ou tronqué.</translation>
    </message>
    <message>
        <source>%1 is damaged: a part of it does not decrypt.</source>
        <translation>%1 est endommagé&#xa0;: une partie ne peut pas être déchiffrée.</translation>
    </message>
    <message>
        <source>%1 is damaged: its content does not decompress.</source>
        <translation>%1 est endommagé&#xa0;: son contenu ne peut pas être décompressé.</translation>
    </message>
    <message>
        <source>%1 is damaged: it does not hold the records its manifest lists.</source>
        <translation>%1 est endommagé&#xa0;: il ne contient pas les enregistrements que liste son manifeste.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header and its first bytes name different formats.</source>
        <translation>%1 est endommagé&#xa0;: son en-tête et ses premiers octets indiquent des formats différents.</translation>
    </message>
    <message>
        <source>%1 declares %2 bytes of records in a file of %3 bytes, more than Riaya accepts; nothing was applied.</source>
        <translation>%1 déclare %2 octets d’enregistrements dans un fichier de %3 octets, plus que ce que Riaya accepte&#xa0;; rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>%1 holds more than its signed manifest declares; it was refused.</source>
        <translation>%1 contient plus que ce que déclare son manifeste signé&#xa0;; il a été refusé.</translation>
    </message>
    <message>
        <source>%1 is damaged: its private manifest is missing.</source>
        <translation>%1 est endommagé&#xa0;: son manifeste privé est manquant.</translation>
    </message>
</context>
<context>
    <name>BundleImportRun</name>
    <message>
        <source>No backup could be made before the import, so nothing was imported: %1</source>
        <translation>Aucune sauvegarde n’a pu être faite avant l’import, donc rien n’a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CellValues</name>
    <message>
        <source>Not a date: write day/month/year, for example 15/03/2012.</source>
        <translation>Ce n’est pas une date&#xa0;: écrivez jour/mois/année, par exemple 15/03/2012.</translation>
    </message>
    <message>
        <source>Not a real day of the calendar: check the day and the month.</source>
        <translation>Ce jour n’existe pas dans le calendrier&#xa0;: vérifiez le jour et le mois.</translation>
    </message>
    <message>
        <source>A year alone is not a date: write day/month/year.</source>
        <translation>Une année seule n’est pas une date&#xa0;: écrivez jour/mois/année.</translation>
    </message>
    <message>
        <source>Day 60 of the spreadsheet is 29 February 1900, a day that did not exist.</source>
        <translation>Le jour 60 du tableur est le 29 février 1900, un jour qui n’a jamais existé.</translation>
    </message>
    <message>
        <source>Not a real day of the Hijri calendar.</source>
        <translation>Ce jour n’existe pas dans le calendrier hégirien.</translation>
    </message>
    <message>
        <source>Hijri date out of range: it must fall between the years %1 and %2 of the Gregorian calendar.</source>
        <translation>Date hégirienne hors limites&#xa0;: elle doit tomber entre les années %1 et %2 du calendrier grégorien.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>The database file.</source>
        <translation>Le fichier de la base de données.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher le résultat en JSON, lisible par une machine.</translation>
    </message>
    <message>
        <source>Language of messages: ar, fr or en.</source>
        <translation>Langue des messages&#xa0;: ar, fr ou en.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Name the database with --db PATH.</source>
        <translation>Indiquez la base de données avec --db CHEMIN.</translation>
    </message>
    <message>
        <source>%1 is not set up yet; run “init” first.</source>
        <translation>La base de données %1 n&apos;est pas encore initialisée&#xa0;; exécutez d&apos;abord «&#xa0;init&#xa0;».</translation>
    </message>
    <message>
        <source>Try “riaya-cli --help”.</source>
        <translation>Essayez «&#xa0;riaya-cli --help&#xa0;».</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 attend un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Usage: riaya-cli --db PATH COMMAND [options]

Riaya keeps the records of social-care institutions offline.

Commands:
</source>
        <translation>Utilisation&#xa0;: riaya-cli --db CHEMIN COMMANDE [options]

Riaya tient les registres des établissements de protection sociale, sans connexion Internet.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>
Global options: --db PATH, --json, --lang CODE, --help.
“riaya-cli COMMAND --help” describes a command.
Exit codes: 0 done, 1 usage error, 2 input rejected, 3 needs a person, 4 internal error.
</source>
        <translation>
Options générales&#xa0;: --db CHEMIN, --json, --lang CODE, --help.
«&#xa0;riaya-cli COMMANDE --help&#xa0;» décrit une commande.
Codes de sortie&#xa0;: 0 terminé, 1 erreur d&apos;utilisation, 2 saisie refusée, 3 intervention humaine requise, 4 erreur interne.
</translation>
    </message>
    <message>
        <source>riaya-cli: name a command.</source>
        <translation>riaya-cli&#xa0;: indiquez une commande.</translation>
    </message>
    <message>
        <source>riaya-cli: unknown command “%1”.</source>
        <translation>riaya-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>See the description above.</source>
        <translation>Voir la description ci-dessus.</translation>
    </message>
    <message>
        <source>“%1” takes no argument “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;accepte aucun argument («&#xa0;%2&#xa0;» a été donné).</translation>
    </message>
    <message>
        <source>“%1” needs %2.</source>
        <translation>«&#xa0;%1&#xa0;» attend %2.</translation>
    </message>
    <message>
        <source>Name the output file with --out FILE.</source>
        <translation>Indiquez le fichier de sortie avec --out FICHIER.</translation>
    </message>
    <message>
        <source>The audit log of %1 has been tampered with: %2</source>
        <translation>Le journal d&apos;audit de %1 a été altéré&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries.</source>
        <translation>
            <numerusform>Le journal d&apos;audit est intact&#xa0;: %n entrée.</numerusform>
            <numerusform>Le journal d&apos;audit est intact&#xa0;: %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Count the records of each kind.</source>
        <translation>Compter les enregistrements de chaque type.</translation>
    </message>
    <message>
        <source>Write every record as canonical JSON, sorted by kind and id.</source>
        <translation>Écrire tous les enregistrements en JSON canonique, triés par type et par identifiant.</translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation>Le fichier JSON à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>The resident was not saved.</source>
        <translation>Le résident n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Stay in %1 from %2 to %3</source>
        <translation>Séjour dans %1, de %2 à %3</translation>
    </message>
    <message>
        <source>Only residents with this status: %1.</source>
        <translation>Uniquement les résidents ayant ce statut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <source>Only F or M.</source>
        <translation>Uniquement F ou M.</translation>
    </message>
    <message>
        <source>SEX</source>
        <translation>SEXE</translation>
    </message>
    <message>
        <source>Only residents present in this institution.</source>
        <translation>Uniquement les résidents présents dans cet établissement.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only this school level.</source>
        <translation>Uniquement ce niveau scolaire.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>At most this many (default 100).</source>
        <translation>Nombre maximal (100 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Skip this many first.</source>
        <translation>Nombre d&apos;éléments à sauter au début.</translation>
    </message>
    <message>
        <source>The date, YYYY-MM-DD (default today).</source>
        <translation>La date, au format YYYY-MM-DD (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>The reason.</source>
        <translation>Le motif.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Register a resident, and admit them with --institution or --admitted-on.</source>
        <translation>Inscrire un résident, et l&apos;admettre avec --institution ou --admitted-on.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>Admit to this institution.</source>
        <translation>Admettre dans cet établissement.</translation>
    </message>
    <message>
        <source>Admission date, YYYY-MM-DD (the site&apos;s own institution if --institution is not given).</source>
        <translation>Date d&apos;admission, au format YYYY-MM-DD (dans l&apos;établissement du site si --institution n&apos;est pas indiqué).</translation>
    </message>
    <message>
        <source>The reason for the admission.</source>
        <translation>Le motif de l&apos;admission.</translation>
    </message>
    <message>
        <source>List residents, by name.</source>
        <translation>Lister les résidents, par nom.</translation>
    </message>
    <message>
        <source>Find residents by any part of their names or identifiers.</source>
        <translation>Rechercher des résidents par une partie de leur nom ou de leurs identifiants.</translation>
    </message>
    <message>
        <source>At most this many (default 50).</source>
        <translation>Nombre maximal (50 par défaut).</translation>
    </message>
    <message>
        <source>Show one resident and their stays.</source>
        <translation>Afficher un résident et ses séjours.</translation>
    </message>
    <message>
        <source>Admit a resident (to the site&apos;s institution unless --institution).</source>
        <translation>Admettre un résident (dans l&apos;établissement du site, sauf si --institution est indiqué).</translation>
    </message>
    <message>
        <source>The institution.</source>
        <translation>L&apos;établissement.</translation>
    </message>
    <message>
        <source>Record a resident&apos;s exit.</source>
        <translation>Enregistrer la sortie d&apos;un résident.</translation>
    </message>
    <message>
        <source>Transfer a resident to another institution.</source>
        <translation>Transférer un résident vers un autre établissement.</translation>
    </message>
    <message>
        <source>The receiving institution.</source>
        <translation>L&apos;établissement d&apos;accueil.</translation>
    </message>
    <message>
        <source>Ministry hub “%1” set up in %2.</source>
        <translation>Plateforme centrale du ministère «&#xa0;%1&#xa0;» configurée dans %2.</translation>
    </message>
    <message>
        <source>Site “%1” set up in %2.</source>
        <translation>Site «&#xa0;%1&#xa0;» configuré dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n residents</source>
        <translation>
            <numerusform>%n résident ajouté</numerusform>
            <numerusform>%n résidents ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n institutions</source>
        <translation>
            <numerusform>%n établissement</numerusform>
            <numerusform>%n établissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n presence marks</source>
        <translation>
            <numerusform>%n pointage de présence</numerusform>
            <numerusform>%n pointages de présence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n school results</source>
        <translation>
            <numerusform>%n résultat scolaire</numerusform>
            <numerusform>%n résultats scolaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incidents</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Set up a new database for a site or the ministry hub.</source>
        <translation>Initialiser une nouvelle base de données pour un site ou pour la plateforme centrale du ministère.</translation>
    </message>
    <message>
        <source>The site&apos;s name.</source>
        <translation>Le nom du site.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Set up the ministry hub instead of a site.</source>
        <translation>Configurer la plateforme centrale du ministère au lieu d&apos;un site.</translation>
    </message>
    <message>
        <source>Kind of the site&apos;s institution: %1.</source>
        <translation>Type de l&apos;établissement du site&#xa0;: %1.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>Places in the site&apos;s institution (default 60).</source>
        <translation>Nombre de places de l&apos;établissement du site (60 par défaut).</translation>
    </message>
    <message>
        <source>The site&apos;s region.</source>
        <translation>La région du site.</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>RÉGION</translation>
    </message>
    <message>
        <source>The site is not an institution (an inspector&apos;s laptop, an office).</source>
        <translation>Le site n&apos;est pas un établissement (ordinateur portable d&apos;un inspecteur, bureau).</translation>
    </message>
    <message>
        <source>Add a realistic, reproducible demo data set.</source>
        <translation>Ajouter un jeu de données de démonstration réaliste et reproductible.</translation>
    </message>
    <message>
        <source>How many residents (default 100).</source>
        <translation>Nombre de résidents (100 par défaut).</translation>
    </message>
    <message>
        <source>How many institutions, on the ministry hub (default 1).</source>
        <translation>Nombre d&apos;établissements, sur la plateforme centrale du ministère (1 par défaut).</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>The seed; the same seed gives the same data.</source>
        <translation>La graine&#xa0;; la même graine donne les mêmes données.</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Days of presence marks before today (default 3).</source>
        <translation>Nombre de jours de pointage de présence avant aujourd&apos;hui (3 par défaut).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>J</translation>
    </message>
    <message>
        <source>List the institutions.</source>
        <translation>Lister les établissements.</translation>
    </message>
    <message>
        <source>Add an institution.</source>
        <translation>Ajouter un établissement.</translation>
    </message>
    <message>
        <source>Its name.</source>
        <translation>Son nom.</translation>
    </message>
    <message>
        <source>Its name in Latin script.</source>
        <translation>Son nom en caractères latins.</translation>
    </message>
    <message>
        <source>Its kind: %1.</source>
        <translation>Son type&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Its number of places.</source>
        <translation>Son nombre de places.</translation>
    </message>
    <message>
        <source>Its region.</source>
        <translation>Sa région.</translation>
    </message>
    <message>
        <source>Its province.</source>
        <translation>Sa province.</translation>
    </message>
    <message>
        <source>PROVINCE</source>
        <translation>PROVINCE</translation>
    </message>
    <message>
        <source>Usage: riaya-cli --db PATH %1 [options] %2</source>
        <translation>Utilisation&#xa0;: riaya-cli --db CHEMIN %1 [options] %2</translation>
    </message>
    <message>
        <source>The institution (default the site&apos;s own).</source>
        <translation>L&apos;établissement (par défaut, celui du site).</translation>
    </message>
    <message>
        <source>Record an incident in an institution.</source>
        <translation>Enregistrer un incident dans un établissement.</translation>
    </message>
    <message>
        <source>The kind of incident: %1.</source>
        <translation>Le type d&apos;incident&#xa0;: %1.</translation>
    </message>
    <message>
        <source>When it happened, YYYY-MM-DD (default today).</source>
        <translation>Date des faits, au format YYYY-MM-DD (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>Ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>What was done about it.</source>
        <translation>Les mesures prises.</translation>
    </message>
    <message>
        <source>Who was told (person or authority).</source>
        <translation>Qui a été informé (personne ou autorité).</translation>
    </message>
    <message>
        <source>A resident concerned; repeat the option for several.</source>
        <translation>Un résident concerné&#xa0;; répétez l&apos;option pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>List an institution&apos;s incidents, newest first.</source>
        <translation>Lister les incidents d&apos;un établissement, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Only from this day, YYYY-MM-DD.</source>
        <translation>Uniquement à partir de ce jour, au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Only up to this day, YYYY-MM-DD.</source>
        <translation>Uniquement jusqu&apos;à ce jour, au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a month; write YYYY-MM.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mois&#xa0;; écrivez-le au format YYYY-MM.</translation>
    </message>
    <message>
        <source>This database has no institution of its own; name one with --institution ID.</source>
        <translation>Cette base de données n&apos;a pas d&apos;établissement propre&#xa0;; indiquez-en un avec --institution ID.</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>non pointé</translation>
    </message>
    <message>
        <source>Mark one resident with --resident ID --state STATE, or every resident not yet marked with --all-present.</source>
        <translation>Pointez un résident avec --resident ID --state ÉTAT, ou tous les résidents non encore pointés avec --all-present.</translation>
    </message>
    <message>
        <source>Name the resident with --resident ID and the state with --state STATE.</source>
        <translation>Indiquez le résident avec --resident ID et l&apos;état avec --state ÉTAT.</translation>
    </message>
    <message numerus="yes">
        <source>%n residents marked present.</source>
        <translation>
            <numerusform>%n résident marqué présent.</numerusform>
            <numerusform>%n résidents marqués présents.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the resident with --resident ID.</source>
        <translation>Indiquez le résident avec --resident ID.</translation>
    </message>
    <message numerus="yes">
        <source>Present on %1% of %n marks.</source>
        <translation>
            <numerusform>Taux de présence&#xa0;: %1&#xa0;% sur %n pointage.</numerusform>
            <numerusform>Taux de présence&#xa0;: %1&#xa0;% sur %n pointages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day, YYYY-MM-DD (default today).</source>
        <translation>Le jour, au format YYYY-MM-DD (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>Show a day&apos;s presence sheet: the residents present and their marks.</source>
        <translation>Afficher la feuille de présence d&apos;un jour&#xa0;: les résidents présents et leurs pointages.</translation>
    </message>
    <message>
        <source>Mark a resident&apos;s presence for a day, or every resident not yet marked as present.</source>
        <translation>Pointer la présence d&apos;un résident pour un jour, ou marquer présents tous les résidents non encore pointés.</translation>
    </message>
    <message>
        <source>The resident to mark.</source>
        <translation>Le résident à pointer.</translation>
    </message>
    <message>
        <source>The state: %1.</source>
        <translation>L&apos;état&#xa0;: %1.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>A note on the mark (kept if not given).</source>
        <translation>Une note sur le pointage (la note existante est conservée si elle n&apos;est pas indiquée).</translation>
    </message>
    <message>
        <source>Mark every resident present on the sheet and not yet marked as present.</source>
        <translation>Marquer présents tous les résidents de la feuille qui ne sont pas encore pointés.</translation>
    </message>
    <message>
        <source>Show one resident&apos;s presence marks for a month.</source>
        <translation>Afficher les pointages de présence d&apos;un résident pour un mois.</translation>
    </message>
    <message>
        <source>The resident.</source>
        <translation>Le résident.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default this month).</source>
        <translation>Le mois, au format YYYY-MM (le mois en cours par défaut).</translation>
    </message>
    <message>
        <source>MONTH</source>
        <translation>MOIS</translation>
    </message>
    <message>
        <source>Count an institution&apos;s presence marks of a month, per state.</source>
        <translation>Compter les pointages de présence d&apos;un établissement pour un mois, par état.</translation>
    </message>
    <message>
        <source>The school result was not saved.</source>
        <translation>Le résultat scolaire n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>“%1” is not a number; write an average such as 12.5.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre&#xa0;; écrivez une moyenne comme 12.5.</translation>
    </message>
    <message>
        <source>%1, term %2: %3  %4</source>
        <translation>%1, trimestre %2&#xa0;: %3  %4</translation>
    </message>
    <message>
        <source>Name the school year with --year, for example --year 2025-2026.</source>
        <translation>Indiquez l&apos;année scolaire avec --year, par exemple --year 2025-2026.</translation>
    </message>
    <message numerus="yes">
        <source>%1% of %n residents passed.</source>
        <translation>
            <numerusform>%1&#xa0;% de %n résident admis.</numerusform>
            <numerusform>%1&#xa0;% des %n résidents admis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record a resident&apos;s school result for a term (replaces the one recorded).</source>
        <translation>Enregistrer le résultat scolaire d&apos;un résident pour un trimestre (remplace celui déjà enregistré).</translation>
    </message>
    <message>
        <source>The school year, for example 2025-2026.</source>
        <translation>L&apos;année scolaire, par exemple 2025-2026.</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>ANNÉE</translation>
    </message>
    <message>
        <source>The term: 1, 2 or 3.</source>
        <translation>Le trimestre&#xa0;: 1, 2 ou 3.</translation>
    </message>
    <message>
        <source>The term&apos;s average, from 0 to 20.</source>
        <translation>La moyenne du trimestre, de 0 à 20.</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>The year&apos;s decision: %1.</source>
        <translation>La décision de fin d&apos;année&#xa0;: %1.</translation>
    </message>
    <message>
        <source>DECISION</source>
        <translation>DÉCISION</translation>
    </message>
    <message>
        <source>List a resident&apos;s school results by year and term.</source>
        <translation>Lister les résultats scolaires d&apos;un résident par année et par trimestre.</translation>
    </message>
    <message>
        <source>Count the year&apos;s decisions of the residents present in an institution.</source>
        <translation>Compter les décisions de fin d&apos;année des résidents présents dans un établissement.</translation>
    </message>
    <message>
        <source>The ministry hub is not set up from a profile.</source>
        <translation>La plateforme centrale du ministère ne s&apos;initialise pas à partir d&apos;un profil.</translation>
    </message>
    <message>
        <source>The ministry&apos;s profile file, to trust the ministry from the start.</source>
        <translation>Le fichier du profil du ministère, pour faire confiance au ministère dès le départ.</translation>
    </message>
    <message>
        <source>This command needs the keys&apos; passphrase: --passphrase-file FILE or the environment variable RIAYA_PASSPHRASE.</source>
        <translation>Cette commande a besoin de la phrase secrète des clés&#xa0;: --passphrase-file FICHIER ou la variable d&apos;environnement RIAYA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Give the new keys&apos; passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE.</source>
        <translation>Indiquez la phrase secrète des nouvelles clés avec --passphrase-file FICHIER ou RIAYA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Keys created. Fingerprint: %1</source>
        <translation>Clés créées. Empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Site: %1 (%2)</source>
        <translation>Site&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.</source>
        <translation>Indiquez le fichier à écrire avec --out FICHIER.</translation>
    </message>
    <message>
        <source>Only the ministry hub exports a profile; a site exports its identity with “keys export”.</source>
        <translation>Seule la plateforme centrale du ministère exporte un profil&#xa0;; un site exporte son identité avec «&#xa0;keys export&#xa0;».</translation>
    </message>
    <message>
        <source>The ministry hub exports its profile with “profile export”.</source>
        <translation>La plateforme centrale du ministère exporte son profil avec «&#xa0;profile export&#xa0;».</translation>
    </message>
    <message>
        <source>Written to %1. Fingerprint: %2</source>
        <translation>Écrit dans %1. Empreinte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Now trusted: %1 (%2). Compare this fingerprint with the one shown at %1: %3</source>
        <translation>Désormais de confiance&#xa0;: %1 (%2). Comparez cette empreinte avec celle affichée chez %1&#xa0;: %3</translation>
    </message>
    <message>
        <source>Name the bundle to write with --out FILE.</source>
        <translation>Indiquez le paquet de synchronisation à écrire avec --out FICHIER.</translation>
    </message>
    <message>
        <source>Name the site the bundle is for with --to SITE_ID.</source>
        <translation>Indiquez le site destinataire du paquet de synchronisation avec --to ID_SITE.</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 written to %2: %n records.</source>
        <translation>
            <numerusform>Paquet de synchronisation %1 écrit dans %2&#xa0;: %n enregistrement.</numerusform>
            <numerusform>Paquet de synchronisation %1 écrit dans %2&#xa0;: %n enregistrements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: intact, signed by %2, bundle %3, %n records.</source>
        <translation>
            <numerusform>%1&#xa0;: intact, signé par %2, paquet de synchronisation %3, %n enregistrement.</numerusform>
            <numerusform>%1&#xa0;: intact, signé par %2, paquet de synchronisation %3, %n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: already imported; nothing changed.</source>
        <translation>%1&#xa0;: déjà importé&#xa0;; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged, %5 conflicts kept for review.</source>
        <translation>%1&#xa0;: %2 nouveaux, %3 modifiés, %4 inchangés, %5 conflits conservés pour examen.</translation>
    </message>
    <message>
        <source>Bundles not received yet from %1: %2.</source>
        <translation>Paquets de synchronisation pas encore reçus de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>Ministry “%1” trusted. Its fingerprint: %2</source>
        <translation>Le ministère «&#xa0;%1&#xa0;» est désormais de confiance. Son empreinte&#xa0;: %2</translation>
    </message>
    <message>
        <source>Make this site&apos;s keys, sealed under the passphrase.</source>
        <translation>Créer les clés de ce site, scellées par la phrase secrète.</translation>
    </message>
    <message>
        <source>Show this site&apos;s id and key fingerprint.</source>
        <translation>Afficher l&apos;identifiant de ce site et l&apos;empreinte de sa clé.</translation>
    </message>
    <message>
        <source>Write this site&apos;s public identity for the ministry to enrol.</source>
        <translation>Écrire l&apos;identité publique de ce site, pour que le ministère l&apos;inscrive.</translation>
    </message>
    <message>
        <source>Ministry: trust a site from its identity file.</source>
        <translation>Ministère&#xa0;: faire confiance à un site à partir de son fichier d&apos;identité.</translation>
    </message>
    <message>
        <source>List the sites this database trusts.</source>
        <translation>Lister les sites auxquels cette base de données fait confiance.</translation>
    </message>
    <message>
        <source>Ministry: write the signed profile sites are set up from.</source>
        <translation>Ministère&#xa0;: écrire le profil signé à partir duquel les sites sont initialisés.</translation>
    </message>
    <message>
        <source>Site: trust the ministry of a profile file.</source>
        <translation>Site&#xa0;: faire confiance au ministère d&apos;un fichier de profil.</translation>
    </message>
    <message>
        <source>Write a signed, encrypted bundle of this database&apos;s changes.</source>
        <translation>Écrire un paquet de synchronisation signé et chiffré des modifications de cette base de données.</translation>
    </message>
    <message>
        <source>The recipient site (default: the ministry).</source>
        <translation>Le site destinataire (par défaut&#xa0;: le ministère).</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>SITE</translation>
    </message>
    <message>
        <source>Check bundles without applying anything.</source>
        <translation>Vérifier des paquets de synchronisation sans rien appliquer.</translation>
    </message>
    <message>
        <source>Verify and apply bundles, each one whole or not at all.</source>
        <translation>Vérifier et appliquer des paquets de synchronisation, chacun entièrement ou pas du tout.</translation>
    </message>
    <message numerus="yes">
        <source>%n residents look like children registered at another site; they wait for a clerk to decide, nothing was merged.</source>
        <translation>
            <numerusform>%n résident ressemble à un enfant inscrit dans un autre site&#xa0;; il attend la décision d’un agent, rien n’a été fusionné.</numerusform>
            <numerusform>%n résidents ressemblent à des enfants inscrits dans un autre site&#xa0;; ils attendent la décision d’un agent, rien n’a été fusionné.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the versions that lost a conflict at import, for review.</source>
        <translation>Lister les versions perdantes d’un conflit à l’importation, pour examen.</translation>
    </message>
    <message>
        <source>List residents that look like a child registered at another site.</source>
        <translation>Lister les résidents qui ressemblent à un enfant inscrit dans un autre site.</translation>
    </message>
    <message>
        <source>Say which version stays with --take kept or --take lost.</source>
        <translation>Indiquez la version retenue avec --take kept ou --take lost.</translation>
    </message>
    <message>
        <source>Name the conflict by its number (see “conflicts list”).</source>
        <translation>Désignez le conflit par son numéro (voir «&#xa0;conflicts list&#xa0;»).</translation>
    </message>
    <message>
        <source>Name the pair by its number (see “duplicates list”).</source>
        <translation>Désignez la paire par son numéro (voir «&#xa0;duplicates list&#xa0;»).</translation>
    </message>
    <message>
        <source>Decide a conflict: keep the version in force, or take the one that lost.</source>
        <translation>Trancher un conflit&#xa0;: garder la version en vigueur ou reprendre celle qui a perdu.</translation>
    </message>
    <message>
        <source>kept or lost.</source>
        <translation>kept (en vigueur) ou lost (perdante).</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>Record that a probable duplicate pair are two different children.</source>
        <translation>Enregistrer qu’une paire de doublons probables concerne deux enfants différents.</translation>
    </message>
    <message>
        <source>A file holding the passphrase of the site&apos;s keys (or set RIAYA_PASSPHRASE).</source>
        <translation>Un fichier contenant la phrase secrète des clés du site (ou définissez RIAYA_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Mois %1</translation>
    </message>
    <message>
        <source>In the house on the first day: %1 (capacity %2)</source>
        <translation>Dans la maison le premier jour&#xa0;: %1 (capacité %2)</translation>
    </message>
    <message>
        <source>Admissions: %1</source>
        <translation>Admissions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exits: %1 (left %2, transferred %3, placed in a family %4)</source>
        <translation>Sorties&#xa0;: %1 (départs %2, transferts %3, placements en famille %4)</translation>
    </message>
    <message>
        <source>In the house after the last day: %1</source>
        <translation>Dans la maison après le dernier jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Presence marks: %1 present, %2 absent, %3 on leave, %4 sick (rate %5%)</source>
        <translation>Présences&#xa0;: %1 présents, %2 absents, %3 en congé, %4 malades (taux %5&#xa0;%)</translation>
    </message>
    <message>
        <source>Incidents: %1</source>
        <translation>Incidents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approved by %1; the next bundle carries these figures.</source>
        <translation>Approuvé par %1&#xa0;; le prochain paquet transmet ces chiffres.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default: the last one that ended).</source>
        <translation>Le mois, AAAA-MM (par défaut&#xa0;: le dernier mois terminé).</translation>
    </message>
    <message>
        <source>Show a house&apos;s figures for a month that has ended.</source>
        <translation>Afficher les chiffres d’une maison pour un mois terminé.</translation>
    </message>
    <message>
        <source>Approve a month&apos;s figures; they travel in the next bundle.</source>
        <translation>Approuver les chiffres d’un mois&#xa0;; ils partent avec le prochain paquet.</translation>
    </message>
    <message>
        <source>Send the new identity (“keys export”) to the ministry, which enrols it after revoking the old key.</source>
        <translation>Envoyez la nouvelle identité («&#xa0;keys export&#xa0;») au ministère, qui l’enregistre après avoir révoqué l’ancienne clé.</translation>
    </message>
    <message>
        <source>Name the site and say why: keys revoke SITE --reason TEXT.</source>
        <translation>Nommez le site et dites pourquoi&#xa0;: keys revoke SITE --reason TEXTE.</translation>
    </message>
    <message>
        <source>The key of %1 is revoked: its bundles are refused from now on, and the next reference bundle tells every site.</source>
        <translation>La clé de %1 est révoquée&#xa0;: ses paquets sont refusés désormais, et le prochain paquet de référence en informe chaque site.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged, %5 conflicts.</source>
        <translation>%1&#xa0;: %2 nouveaux, %3 modifiés, %4 inchangés, %5 conflits.</translation>
    </message>
    <message>
        <source>This was a preview: nothing was applied.</source>
        <translation>Ceci était un aperçu&#xa0;: rien n’a été appliqué.</translation>
    </message>
    <message>
        <source>Name the pair by its number and the file that stays: duplicates merge ID --keep RESIDENT_ID.</source>
        <translation>Désignez la paire par son numéro et le dossier qui reste&#xa0;: duplicates merge ID --keep ID_RÉSIDENT.</translation>
    </message>
    <message>
        <source>Merged: the file %1 stays and shows the records of both.</source>
        <translation>Fusionné&#xa0;: le dossier %1 reste et montre les enregistrements des deux.</translation>
    </message>
    <message>
        <source>Replace existing keys (after the ministry revoked them).</source>
        <translation>Remplacer les clés existantes (après leur révocation par le ministère).</translation>
    </message>
    <message>
        <source>Ministry: refuse a site&apos;s key from now on, everywhere.</source>
        <translation>Ministère&#xa0;: refuser désormais la clé d’un site, partout.</translation>
    </message>
    <message>
        <source>Why the key is revoked.</source>
        <translation>Pourquoi la clé est révoquée.</translation>
    </message>
    <message>
        <source>Merge a probable duplicate pair: one child, one file.</source>
        <translation>Fusionner une paire de doublons probables&#xa0;: un enfant, un dossier.</translation>
    </message>
    <message>
        <source>The resident whose file stays.</source>
        <translation>Le résident dont le dossier reste.</translation>
    </message>
    <message>
        <source>Show what each bundle would change, and apply nothing.</source>
        <translation>Montrer ce que chaque paquet changerait, sans rien appliquer.</translation>
    </message>
    <message>
        <source>Act as this user (required on a database with user accounts).</source>
        <translation>Agir en tant que cet utilisateur (obligatoire sur une base qui a des comptes).</translation>
    </message>
    <message>
        <source>A file holding the user&apos;s password (or set RIAYA_PASSWORD).</source>
        <translation>Un fichier contenant le mot de passe de l’utilisateur (ou définissez RIAYA_PASSWORD).</translation>
    </message>
    <message>
        <source>%1 has user accounts: name yourself with --user NAME (the password from --password-file FILE or RIAYA_PASSWORD).</source>
        <translation>%1 a des comptes utilisateurs&#xa0;: indiquez qui vous êtes avec --user NOM (le mot de passe par --password-file FICHIER ou RIAYA_PASSWORD).</translation>
    </message>
    <message>
        <source>Give the password of %1 with --password-file FILE or RIAYA_PASSWORD.</source>
        <translation>Donnez le mot de passe de %1 avec --password-file FICHIER ou RIAYA_PASSWORD.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Give the new password with --new-password-file FILE or RIAYA_NEW_PASSWORD.</source>
        <translation>Donnez le nouveau mot de passe avec --new-password-file FICHIER ou RIAYA_NEW_PASSWORD.</translation>
    </message>
    <message>
        <source>Name the account: users add NAME --full-name TEXT --roles ROLE,…</source>
        <translation>Nommez le compte&#xa0;: users add NOM --full-name TEXTE --roles RÔLE,…</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Compte %1 créé.</translation>
    </message>
    <message>
        <source>  (disabled)</source>
        <translation>  (désactivé)</translation>
    </message>
    <message>
        <source>Name the account.</source>
        <translation>Nommez le compte.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fait.</translation>
    </message>
    <message>
        <source>A file holding the new password (or set RIAYA_NEW_PASSWORD).</source>
        <translation>Un fichier contenant le nouveau mot de passe (ou définissez RIAYA_NEW_PASSWORD).</translation>
    </message>
    <message>
        <source>Administrator: create an account with its roles.</source>
        <translation>Administrateur&#xa0;: créer un compte avec ses rôles.</translation>
    </message>
    <message>
        <source>The person&apos;s name.</source>
        <translation>Le nom de la personne.</translation>
    </message>
    <message>
        <source>staff, supervisor, inspector, social_worker, clerk, administrator; several with commas.</source>
        <translation>staff, supervisor, inspector, social_worker, clerk, administrator&#xa0;; plusieurs séparés par des virgules.</translation>
    </message>
    <message>
        <source>ROLES</source>
        <translation>RÔLES</translation>
    </message>
    <message>
        <source>Administrator: list the accounts.</source>
        <translation>Administrateur&#xa0;: lister les comptes.</translation>
    </message>
    <message>
        <source>Change your own password (given with --user).</source>
        <translation>Changer votre propre mot de passe (donné avec --user).</translation>
    </message>
    <message>
        <source>Administrator: set a new password for someone who forgot theirs.</source>
        <translation>Administrateur&#xa0;: donner un nouveau mot de passe à qui a oublié le sien.</translation>
    </message>
    <message>
        <source>Administrator: stop an account from signing in.</source>
        <translation>Administrateur&#xa0;: empêcher un compte de se connecter.</translation>
    </message>
    <message>
        <source>Administrator: let a disabled account sign in again.</source>
        <translation>Administrateur&#xa0;: permettre à un compte désactivé de se reconnecter.</translation>
    </message>
    <message>
        <source>Administrator: set an account&apos;s roles.</source>
        <translation>Administrateur&#xa0;: définir les rôles d’un compte.</translation>
    </message>
    <message>
        <source>The roles, with commas.</source>
        <translation>Les rôles, séparés par des virgules.</translation>
    </message>
    <message>
        <source>Administrator: lock the window after this many idle minutes.</source>
        <translation>Administrateur&#xa0;: verrouiller la fenêtre après ce nombre de minutes sans activité.</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <translation>Sauvegarde écrite dans %1 (%2).</translation>
    </message>
    <message>
        <source>THE AUDIT LOG IS BROKEN: %1</source>
        <translation>LE JOURNAL D’AUDIT EST ROMPU&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name the backup and the database: --db PATH backup restore FILE.</source>
        <translation>Nommez la sauvegarde et la base&#xa0;: --db CHEMIN backup restore FICHIER.</translation>
    </message>
    <message>
        <source>The backup opens with the keys&apos; passphrase: --passphrase-file FILE or RIAYA_PASSPHRASE.</source>
        <translation>La sauvegarde s’ouvre avec la phrase secrète des clés&#xa0;: --passphrase-file FICHIER ou RIAYA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>%1 restaurée depuis %2.</translation>
    </message>
    <message>
        <source>The database it replaced is kept as %1.</source>
        <translation>La base remplacée est gardée sous %1.</translation>
    </message>
    <message>
        <source>Backups go to %1; %2 of each kind are kept.</source>
        <translation>Les sauvegardes vont dans %1&#xa0;; %2 de chaque type sont gardées.</translation>
    </message>
    <message>
        <source>The backup folder (a USB stick will do).</source>
        <translation>Le dossier de sauvegarde (une clé USB convient).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>How many backups of each kind to keep.</source>
        <translation>Combien de sauvegardes de chaque type garder.</translation>
    </message>
    <message>
        <source>Write an encrypted backup now; the oldest beyond --keep go.</source>
        <translation>Écrire une sauvegarde chiffrée maintenant&#xa0;; les plus anciennes au-delà de --keep partent.</translation>
    </message>
    <message>
        <source>List the backups of a folder.</source>
        <translation>Lister les sauvegardes d’un dossier.</translation>
    </message>
    <message>
        <source>Check a backup, keep the current database aside, put the backup in place.</source>
        <translation>Vérifier une sauvegarde, garder la base actuelle de côté, mettre la sauvegarde à sa place.</translation>
    </message>
    <message>
        <source>Set where backups go and how many are kept.</source>
        <translation>Définir où vont les sauvegardes et combien sont gardées.</translation>
    </message>
    <message>
        <source>Name the %1.</source>
        <translation>Argument manquant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>édition %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n critère</numerusform>
            <numerusform>%n critères</numerusform>
        </translation>
    </message>
    <message>
        <source>template file</source>
        <translation>fichier modèle</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>Give the file to write with --out.</source>
        <translation>Indiquez le fichier à écrire avec --out.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>inspection</translation>
    </message>
    <message>
        <source>%1 is not a JSON object of answers by item.</source>
        <translation>%1 n’est pas un objet JSON de réponses par critère.</translation>
    </message>
    <message>
        <source>Give --item and --value, or --file with several answers.</source>
        <translation>Indiquez --item et --value, ou --file avec plusieurs réponses.</translation>
    </message>
    <message>
        <source>Answered %1 of %2 items; score so far: %3</source>
        <translation>%1 critères renseignés sur %2&#xa0;; note provisoire&#xa0;: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report is written in ar, fr or en, not “%1”.</source>
        <translation>Le rapport s’écrit en ar, fr ou en, pas en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>corrective action</source>
        <translation>action corrective</translation>
    </message>
    <message>
        <source>List the standards documents and their editions.</source>
        <translation>Lister les référentiels de normes et leurs éditions.</translation>
    </message>
    <message>
        <source>Publish a new edition from a template file (the ministry).</source>
        <translation>Publier une nouvelle édition à partir d’un fichier modèle (ministère).</translation>
    </message>
    <message>
        <source>Write an edition as a template file, to edit it.</source>
        <translation>Écrire une édition dans un fichier modèle, pour la modifier.</translation>
    </message>
    <message>
        <source>Start the draft of an inspection.</source>
        <translation>Commencer le brouillon d’une inspection.</translation>
    </message>
    <message>
        <source>The edition of the standards (default the newest).</source>
        <translation>L’édition du référentiel de normes (la plus récente par défaut).</translation>
    </message>
    <message>
        <source>The day of the visit, YYYY-MM-DD (default today).</source>
        <translation>Le jour de la visite, au format YYYY-MM-DD (aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>The inspector&apos;s name (default the user signed in).</source>
        <translation>Le nom de l’inspecteur (l’utilisateur connecté par défaut).</translation>
    </message>
    <message>
        <source>The earlier inspection whose actions this visit checks.</source>
        <translation>L’inspection antérieure dont cette visite contrôle les actions.</translation>
    </message>
    <message>
        <source>Answer items of a draft inspection.</source>
        <translation>Renseigner des critères d’une inspection en brouillon.</translation>
    </message>
    <message>
        <source>The item&apos;s key, e.g. safety.1.2.</source>
        <translation>La clé du critère, par exemple safety.1.2.</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>compliant, partly, not_compliant, na, or a number on the item&apos;s scale.</source>
        <translation>compliant, partly, not_compliant, na, ou un nombre sur l’échelle du critère.</translation>
    </message>
    <message>
        <source>ANSWER</source>
        <translation>RÉPONSE</translation>
    </message>
    <message>
        <source>A note on the item.</source>
        <translation>Une note sur le critère.</translation>
    </message>
    <message>
        <source>The evidence seen.</source>
        <translation>Les preuves constatées.</translation>
    </message>
    <message>
        <source>A JSON file of answers by item key, saved together.</source>
        <translation>Un fichier JSON de réponses par clé de critère, enregistrées ensemble.</translation>
    </message>
    <message>
        <source>Write a finding in a draft inspection.</source>
        <translation>Saisir une constatation dans une inspection en brouillon.</translation>
    </message>
    <message>
        <source>What was found.</source>
        <translation>Ce qui a été constaté.</translation>
    </message>
    <message>
        <source>The item it is about, if one.</source>
        <translation>Le critère concerné, le cas échéant.</translation>
    </message>
    <message>
        <source>minor, major (default) or critical.</source>
        <translation>minor, major (par défaut) ou critical.</translation>
    </message>
    <message>
        <source>Finalize a draft; it cannot change afterwards.</source>
        <translation>Finaliser un brouillon&#xa0;; il ne peut plus être modifié ensuite.</translation>
    </message>
    <message>
        <source>Start a corrected version of a finalized inspection.</source>
        <translation>Commencer une version corrigée d’une inspection finalisée.</translation>
    </message>
    <message>
        <source>Why it is corrected.</source>
        <translation>Le motif de la correction.</translation>
    </message>
    <message>
        <source>Throw a draft inspection away.</source>
        <translation>Supprimer une inspection en brouillon.</translation>
    </message>
    <message>
        <source>List inspections (the newest version of each), newest visit first.</source>
        <translation>Lister les inspections (la version la plus récente de chacune), de la visite la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>Only this institution&apos;s.</source>
        <translation>Uniquement celles de cet établissement.</translation>
    </message>
    <message>
        <source>Show an inspection&apos;s scores per section, findings and actions.</source>
        <translation>Afficher les notes d’une inspection par domaine, ses constatations et ses actions.</translation>
    </message>
    <message>
        <source>Write an inspection&apos;s report as a PDF.</source>
        <translation>Écrire le rapport d’une inspection en PDF.</translation>
    </message>
    <message>
        <source>The report&apos;s language: ar, fr or en (default that of messages).</source>
        <translation>La langue du rapport&#xa0;: ar, fr ou en (par défaut celle des messages).</translation>
    </message>
    <message>
        <source>Raise a corrective action from a finding.</source>
        <translation>Créer une action corrective à partir d’une constatation.</translation>
    </message>
    <message>
        <source>The inspection.</source>
        <translation>L’inspection.</translation>
    </message>
    <message>
        <source>The finding it answers.</source>
        <translation>La constatation à laquelle elle répond.</translation>
    </message>
    <message>
        <source>What must be done.</source>
        <translation>Ce qui doit être fait.</translation>
    </message>
    <message>
        <source>Who answers for it.</source>
        <translation>Le responsable de l’action.</translation>
    </message>
    <message>
        <source>By when, YYYY-MM-DD.</source>
        <translation>L’échéance, au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>List corrective actions, the earliest due first.</source>
        <translation>Lister les actions correctives, par ordre d’échéance.</translation>
    </message>
    <message>
        <source>Only this inspection&apos;s.</source>
        <translation>Uniquement celles de cette inspection.</translation>
    </message>
    <message>
        <source>Only those past their due date.</source>
        <translation>Uniquement celles dont l’échéance est dépassée.</translation>
    </message>
    <message>
        <source>Only those open or in progress.</source>
        <translation>Uniquement celles ouvertes ou en cours.</translation>
    </message>
    <message>
        <source>Move a corrective action on.</source>
        <translation>Changer l’état d’une action corrective.</translation>
    </message>
    <message>
        <source>open, in_progress, done or verified.</source>
        <translation>open, in_progress, done ou verified.</translation>
    </message>
    <message>
        <source>What was seen or done.</source>
        <translation>Ce qui a été constaté ou fait.</translation>
    </message>
    <message>
        <source>The follow-up inspection that verified it.</source>
        <translation>L’inspection de suivi qui l’a vérifiée.</translation>
    </message>
    <message>
        <source>The day of the change (default today).</source>
        <translation>Le jour du changement (aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>“%1” is not NAME:RELATIONSHIP:BIRTH-YEAR.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas au format NAME:RELATIONSHIP:BIRTH-YEAR.</translation>
    </message>
    <message>
        <source>--ages is MIN-MAX in years, e.g. 3-10.</source>
        <translation>--ages s&apos;écrit MIN-MAX, en années, par exemple 3-10.</translation>
    </message>
    <message>
        <source>family</source>
        <translation>famille</translation>
    </message>
    <message>
        <source>--visits-every is INTERVAL:FIRST-MONTHS:LATER-INTERVAL, e.g. 1:6:3.</source>
        <translation>--visits-every s&apos;écrit INTERVAL:FIRST-MONTHS:LATER-INTERVAL, par exemple 1:6:3.</translation>
    </message>
    <message>
        <source>placement</source>
        <translation>placement</translation>
    </message>
    <message>
        <source>Active placements: %1</source>
        <translation>Placements en cours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Overdue visits: %1</source>
        <translation>Visites en retard&#xa0;: %1</translation>
    </message>
    <message>
        <source>Register a family at the enquiry stage.</source>
        <translation>Inscrire une famille au stade de la demande d&apos;information.</translation>
    </message>
    <message>
        <source>The family name.</source>
        <translation>Le nom de la famille.</translation>
    </message>
    <message>
        <source>The family name in Latin letters.</source>
        <translation>Le nom de la famille en caractères latins.</translation>
    </message>
    <message>
        <source>A head of the family, NAME:RELATIONSHIP:BIRTH-YEAR; repeat for two.</source>
        <translation>Un chef de famille, au format NAME:RELATIONSHIP:BIRTH-YEAR&#xa0;; répétez l&apos;option pour en indiquer deux.</translation>
    </message>
    <message>
        <source>MEMBER</source>
        <translation>MEMBRE</translation>
    </message>
    <message>
        <source>Another member, NAME:RELATIONSHIP:BIRTH-YEAR; repeat.</source>
        <translation>Un autre membre, au format NAME:RELATIONSHIP:BIRTH-YEAR&#xa0;; répétez l&apos;option pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>The family&apos;s address.</source>
        <translation>L&apos;adresse de la famille.</translation>
    </message>
    <message>
        <source>The family&apos;s region.</source>
        <translation>La région de la famille.</translation>
    </message>
    <message>
        <source>The family&apos;s province.</source>
        <translation>La province de la famille.</translation>
    </message>
    <message>
        <source>The family&apos;s phone number.</source>
        <translation>Le numéro de téléphone de la famille.</translation>
    </message>
    <message>
        <source>The heads&apos; occupation.</source>
        <translation>La profession des chefs de famille.</translation>
    </message>
    <message>
        <source>none, low, middle or high.</source>
        <translation>none, low, middle ou high.</translation>
    </message>
    <message>
        <source>BAND</source>
        <translation>TRANCHE</translation>
    </message>
    <message>
        <source>A document received (%1); repeat.</source>
        <translation>Un document reçu (%1)&#xa0;; répétez l&apos;option pour en indiquer plusieurs.</translation>
    </message>
    <message>
        <source>DOCUMENT</source>
        <translation>DOCUMENT</translation>
    </message>
    <message>
        <source>How many children it may receive (default 1).</source>
        <translation>Nombre d&apos;enfants qu&apos;elle peut accueillir (1 par défaut).</translation>
    </message>
    <message>
        <source>Preferred ages, MIN-MAX.</source>
        <translation>Âges souhaités, au format MIN-MAX.</translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation>PLAGE</translation>
    </message>
    <message>
        <source>Preferred sex, F or M.</source>
        <translation>Sexe souhaité, F ou M.</translation>
    </message>
    <message>
        <source>The day of the enquiry (default today).</source>
        <translation>Le jour de la demande d&apos;information (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>List or search the families.</source>
        <translation>Lister ou rechercher les familles.</translation>
    </message>
    <message>
        <source>Names as typed, in either script.</source>
        <translation>Les noms tels que saisis, en caractères arabes ou latins.</translation>
    </message>
    <message>
        <source>Only families in this state.</source>
        <translation>Uniquement les familles dans cet état.</translation>
    </message>
    <message>
        <source>Show a family with its history, home studies and placements.</source>
        <translation>Afficher une famille avec son historique, ses enquêtes sociales et ses placements.</translation>
    </message>
    <message>
        <source>Record a decision on a family.</source>
        <translation>Enregistrer une décision concernant une famille.</translation>
    </message>
    <message>
        <source>The new state: %1.</source>
        <translation>Le nouvel état&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Why.</source>
        <translation>Le motif.</translation>
    </message>
    <message>
        <source>The approval&apos;s number.</source>
        <translation>Le numéro de l&apos;agrément.</translation>
    </message>
    <message>
        <source>When the approval must be renewed.</source>
        <translation>La date à laquelle l&apos;agrément doit être renouvelé.</translation>
    </message>
    <message>
        <source>The day of the decision (default today).</source>
        <translation>Le jour de la décision (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>Record a home study of a family.</source>
        <translation>Enregistrer une enquête sociale sur une famille.</translation>
    </message>
    <message>
        <source>Who made it.</source>
        <translation>Le travailleur social qui l&apos;a réalisée.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>The day of the study (default today).</source>
        <translation>Le jour de l&apos;enquête (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>Place a child with an approved family.</source>
        <translation>Placer un enfant dans une famille agréée.</translation>
    </message>
    <message>
        <source>The child.</source>
        <translation>L&apos;enfant.</translation>
    </message>
    <message>
        <source>The family.</source>
        <translation>La famille.</translation>
    </message>
    <message>
        <source>kafala (default) or placement_order.</source>
        <translation>kafala (par défaut) ou placement_order.</translation>
    </message>
    <message>
        <source>BASIS</source>
        <translation>FONDEMENT</translation>
    </message>
    <message>
        <source>The decision&apos;s or order&apos;s reference.</source>
        <translation>La référence de la décision ou de l&apos;ordonnance.</translation>
    </message>
    <message>
        <source>When the placement is reviewed.</source>
        <translation>La date de révision du placement.</translation>
    </message>
    <message>
        <source>Visit plan INTERVAL:FIRST-MONTHS:LATER-INTERVAL in months (default 1:6:3).</source>
        <translation>Plan de visites INTERVAL:FIRST-MONTHS:LATER-INTERVAL, en mois (1:6:3 par défaut).</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>The first day in the family (default today).</source>
        <translation>Le premier jour dans la famille (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>End a placement with its outcome.</source>
        <translation>Mettre fin à un placement en indiquant son issue.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ISSUE</translation>
    </message>
    <message>
        <source>Why (required for a return).</source>
        <translation>Le motif (obligatoire en cas de retour).</translation>
    </message>
    <message>
        <source>Where a child returning to an institution goes.</source>
        <translation>L&apos;établissement où va l&apos;enfant, en cas de retour en établissement.</translation>
    </message>
    <message>
        <source>The last day (default today).</source>
        <translation>Le dernier jour (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>List placements, newest first.</source>
        <translation>Lister les placements, du plus récent au plus ancien.</translation>
    </message>
    <message>
        <source>Only those not ended.</source>
        <translation>Uniquement ceux qui ne sont pas terminés.</translation>
    </message>
    <message>
        <source>Only this family&apos;s.</source>
        <translation>Uniquement ceux de cette famille.</translation>
    </message>
    <message>
        <source>Only this child&apos;s.</source>
        <translation>Uniquement ceux de cet enfant.</translation>
    </message>
    <message>
        <source>Record a follow-up visit.</source>
        <translation>Enregistrer une visite de suivi.</translation>
    </message>
    <message>
        <source>Who visited.</source>
        <translation>Le travailleur social qui a effectué la visite.</translation>
    </message>
    <message>
        <source>good, fair or poor.</source>
        <translation>good, fair ou poor.</translation>
    </message>
    <message>
        <source>How school goes.</source>
        <translation>Comment se passe la scolarité.</translation>
    </message>
    <message>
        <source>The child&apos;s health.</source>
        <translation>La santé de l&apos;enfant.</translation>
    </message>
    <message>
        <source>Concerns seen or heard.</source>
        <translation>Les préoccupations constatées ou signalées.</translation>
    </message>
    <message>
        <source>What happens next.</source>
        <translation>Les suites à donner.</translation>
    </message>
    <message>
        <source>The day of the visit (default today).</source>
        <translation>Le jour de la visite (aujourd&apos;hui par défaut).</translation>
    </message>
    <message>
        <source>List a placement&apos;s visits.</source>
        <translation>Lister les visites d&apos;un placement.</translation>
    </message>
    <message>
        <source>List the placements whose follow-up visit is overdue.</source>
        <translation>Lister les placements dont la visite de suivi est en retard.</translation>
    </message>
    <message>
        <source>The figures of family-based care for the ministry.</source>
        <translation>Les chiffres de la prise en charge familiale, pour le ministère.</translation>
    </message>
    <message>
        <source>First month, YYYY-MM (default 11 months before --to).</source>
        <translation>Premier mois, au format YYYY-MM (par défaut, 11 mois avant --to).</translation>
    </message>
    <message>
        <source>Last month, YYYY-MM (default this month).</source>
        <translation>Dernier mois, au format YYYY-MM (le mois en cours par défaut).</translation>
    </message>
    <message numerus="yes">
        <source>Case work: %n foster families</source>
        <translation>
            <numerusform>Suivi social&#xa0;: %n famille d’accueil</numerusform>
            <numerusform>Suivi social&#xa0;: %n familles d’accueil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placements</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspections</source>
        <translation>
            <numerusform>%n inspection</numerusform>
            <numerusform>%n inspections</numerusform>
        </translation>
    </message>
    <message>
        <source>Add foster families, placements and inspections with corrective actions.</source>
        <translation>Ajouter des familles d’accueil, des placements et des inspections avec leurs actions correctives.</translation>
    </message>
    <message>
        <source>Give the keys&apos; passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE: it opens the current keys and seals the new ones.</source>
        <translation>Indiquez la phrase secrète des clés avec --passphrase-file FICHIER ou RIAYA_PASSPHRASE&#xa0;: elle ouvre les clés actuelles et scelle les nouvelles.</translation>
    </message>
    <message>
        <source>The ministry&apos;s keys are rotated. New fingerprint: %1 (it was %2).</source>
        <translation>Les clés du ministère sont renouvelées. Nouvelle empreinte&#xa0;: %1 (c&apos;était %2).</translation>
    </message>
    <message>
        <source>Every bundle from now on is signed with the new key and carries the statement signed by both keys: each site trusts the new keys at its next import. Sites set up from now on need the new profile (“profile export”).</source>
        <translation>Chaque paquet de synchronisation est désormais signé avec la nouvelle clé et porte la déclaration signée par les deux clés&#xa0;: chaque site fait confiance aux nouvelles clés à sa prochaine importation. Les sites initialisés à partir de maintenant ont besoin du nouveau profil («&#xa0;profile export&#xa0;»).</translation>
    </message>
    <message>
        <source>Ministry: new keys, handed over by a statement signed by the old and the new key.</source>
        <translation>Ministère&#xa0;: de nouvelles clés, transmises par une déclaration signée par l&apos;ancienne et la nouvelle clé.</translation>
    </message>
    <message>
        <source>The audit history of %1 was rewritten: %2</source>
        <translation>L’historique d’audit de %1 a été réécrit&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The audit history of %1 is as it signed it: %n signed heads received.</source>
        <translation>
            <numerusform>L’historique d’audit de %1 est conforme à ce qu’il a signé&#xa0;: %n tête signée reçue.</numerusform>
            <numerusform>L’historique d’audit de %1 est conforme à ce qu’il a signé&#xa0;: %n têtes signées reçues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log of %1 has been rewritten: %2</source>
        <translation>Le journal d’audit de %1 a été réécrit&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n signed heads match it, %1 of them countersigned by the ministry.</source>
        <translation>
            <numerusform>%n tête signée y correspond, dont %1 contresignée par le ministère.</numerusform>
            <numerusform>%n têtes signées y correspondent, dont %1 contresignées par le ministère.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check that no audit entry was edited, removed or reordered, against the signed heads too.</source>
        <translation>Vérifier qu’aucune entrée d’audit n’a été modifiée, supprimée ou réordonnée, y compris par rapport aux têtes signées.</translation>
    </message>
    <message>
        <source>At the ministry: check a site&apos;s history against the signed heads received from it.</source>
        <translation>Au ministère&#xa0;: vérifier l’historique d’un site par rapport aux têtes signées reçues de celui-ci.</translation>
    </message>
    <message>
        <source>SITE_ID</source>
        <translation>ID_SITE</translation>
    </message>
    <message numerus="yes">
        <source>%n records were stamped by a clock %1 days ahead of this one; they wait for a clerk (conflicts list) and win over nothing.</source>
        <translation>
            <numerusform>%n enregistrement a été horodaté par une horloge en avance de %1 jours sur celle de cet ordinateur&#xa0;; il attend la décision d’un agent (conflicts list) et ne l’emporte sur rien.</numerusform>
            <numerusform>%n enregistrements ont été horodatés par une horloge en avance de %1 jours sur celle de cet ordinateur&#xa0;; ils attendent la décision d’un agent (conflicts list) et ne l’emportent sur rien.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle starts a new history of its sender; the earlier bundles from number %1 on were set aside, their records kept.</source>
        <translation>Ce paquet commence un nouvel historique de son expéditeur&#xa0;; les paquets antérieurs à partir du numéro %1 ont été mis de côté, leurs enregistrements conservés.</translation>
    </message>
    <message>
        <source>Warning: %1 (%2)</source>
        <translation>Avertissement&#xa0;: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>(clock %n days ahead)</source>
        <translation>
            <numerusform>(horloge en avance de %n jour)</numerusform>
            <numerusform>(horloge en avance de %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept a bundle that starts a new history of its sender (a site restored from an old backup), after checking with the site.</source>
        <translation>Accepter un paquet qui commence un nouvel historique de son expéditeur (un site restauré à partir d’une ancienne sauvegarde), après vérification auprès du site.</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>corrective action past its due date</comment>
        <translation>en retard</translation>
    </message>
    <message>
        <source>finalized</source>
        <comment>state of an inspection</comment>
        <translation>finalisée</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>state of an inspection</comment>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>active</source>
        <comment>a placement still running</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>now</source>
        <comment>a stay still open</comment>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>[voided: %1]</source>
        <translation>[invalidé&#xa0;: %1]</translation>
    </message>
    <message>
        <source>Incident %1 voided.</source>
        <translation>Incident %1 invalidé.</translation>
    </message>
    <message>
        <source>Void an incident written down by mistake (it stays listed, with the reason, and is no longer counted).</source>
        <translation>Invalider un incident noté par erreur (il reste dans la liste, avec le motif, et n’est plus compté).</translation>
    </message>
    <message>
        <source>Why it is voided (required).</source>
        <translation>Pourquoi il est invalidé (obligatoire).</translation>
    </message>
    <message>
        <source>Give the current passphrase with --passphrase-file FILE or RIAYA_PASSPHRASE.</source>
        <translation>Donnez la phrase secrète actuelle avec --passphrase-file FICHIER ou RIAYA_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Give the new passphrase with --new-passphrase-file FILE or RIAYA_NEW_PASSPHRASE.</source>
        <translation>Donnez la nouvelle phrase secrète avec --new-passphrase-file FICHIER ou RIAYA_NEW_PASSPHRASE.</translation>
    </message>
    <message>
        <source>The keys are sealed under the new passphrase. Backups made before still open with the old one.</source>
        <translation>Les clés sont scellées sous la nouvelle phrase secrète. Les sauvegardes faites avant s’ouvrent toujours avec l’ancienne.</translation>
    </message>
    <message>
        <source>Seal this site&apos;s keys under a new passphrase.</source>
        <translation>Sceller les clés de ce site sous une nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>A file holding the new passphrase (or set RIAYA_NEW_PASSPHRASE).</source>
        <translation>Un fichier contenant la nouvelle phrase secrète (ou définissez RIAYA_NEW_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Complete: every day has its presence marks and no result is missing.</source>
        <translation>Complet&#xa0;: chaque jour a ses présences et aucun résultat ne manque.</translation>
    </message>
    <message>
        <source>Incomplete:</source>
        <translation>Incomplet&#xa0;:</translation>
    </message>
    <message>
        <source>Approved as incomplete by %1; the next bundle carries these figures and what was missing.</source>
        <translation>Approuvé comme incomplet par %1&#xa0;; le prochain paquet transmet ces chiffres et ce qui manquait.</translation>
    </message>
    <message>
        <source>Who approves, on a database without accounts (else the person signed in with --user approves).</source>
        <translation>Qui approuve, sur une base sans comptes (sinon, c’est la personne connectée avec --user qui approuve).</translation>
    </message>
    <message>
        <source>Approve a month whose presence marks or school results are incomplete (“month figures” lists what is missing).</source>
        <translation>Approuver un mois dont les présences ou les résultats scolaires sont incomplets («&#xa0;month figures&#xa0;» liste ce qui manque).</translation>
    </message>
    <message>
        <source>Name the pair by its number (see “duplicates list --decided”).</source>
        <translation>Désignez la paire par son numéro (voir «&#xa0;duplicates list --decided&#xa0;»).</translation>
    </message>
    <message>
        <source>Undone: the pair waits for a decision again.</source>
        <translation>Annulé&#xa0;: la paire attend de nouveau une décision.</translation>
    </message>
    <message>
        <source>Changed since the merge, these details stay in the kept file: %1</source>
        <translation>Modifiés depuis la fusion, ces renseignements restent dans le dossier conservé&#xa0;: %1</translation>
    </message>
    <message>
        <source>List the pairs already decided instead.</source>
        <translation>Lister plutôt les paires déjà décidées.</translation>
    </message>
    <message>
        <source>Undo the decision on a pair: it waits again; a merge is undone, each file as it was.</source>
        <translation>Annuler la décision sur une paire&#xa0;: elle attend de nouveau&#xa0;; une fusion est annulée, chaque dossier comme il était.</translation>
    </message>
    <message>
        <source>Whom the site&apos;s institution receives: F (girls), M (boys); both when not given.</source>
        <translation>Public accueilli par l’établissement du site&#xa0;: F (filles), M (garçons)&#xa0;; les deux si absent.</translation>
    </message>
    <message>
        <source>Whom it receives: F (girls), M (boys); both when not given.</source>
        <translation>Public accueilli&#xa0;: F (filles), M (garçons)&#xa0;; les deux si absent.</translation>
    </message>
    <message>
        <source>The month, YYYY-MM (default: the current one).</source>
        <translation>Le mois, au format YYYY-MM (par défaut&#xa0;: le mois en cours).</translation>
    </message>
    <message>
        <source>Only the institutions of a region.</source>
        <translation>Uniquement les établissements d’une région.</translation>
    </message>
    <message>
        <source>Only the institutions of a province.</source>
        <translation>Uniquement les établissements d’une province.</translation>
    </message>
    <message>
        <source>Only one type of institution (as stored: student_house, ...).</source>
        <translation>Un seul type d’établissement (tel qu’enregistré&#xa0;: student_house, ...).</translation>
    </message>
    <message>
        <source>The report&apos;s language: ar, fr or en (default: the language of the messages).</source>
        <translation>La langue du rapport&#xa0;: ar, fr ou en (par défaut&#xa0;: la langue des messages).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>--language is one of %1.</source>
        <translation>--language prend l’une des valeurs suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 écrit dans %2.</translation>
    </message>
    <message>
        <source>Name the file to write with --out FILE.pdf, .xlsx or .csv.</source>
        <translation>Indiquez le fichier à écrire avec --out FICHIER.pdf, .xlsx ou .csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundles sent, not received</source>
        <translation>
            <numerusform>%n paquet envoyé, non reçu</numerusform>
            <numerusform>%n paquets envoyés, non reçus</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no figure %1 with a list here.</source>
        <translation>Il n’y a pas ici d’indicateur %1 avec une liste.</translation>
    </message>
    <message numerus="yes">
        <source>Computed the figures of %n institutions again.</source>
        <translation>
            <numerusform>Chiffres de %n établissement recalculés.</numerusform>
            <numerusform>Chiffres de %n établissements recalculés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the figures of the home page (a house&apos;s, or the ministry&apos;s).</source>
        <translation>Afficher les chiffres de la page d’accueil (celle d’une maison, ou celle du ministère).</translation>
    </message>
    <message>
        <source>Show the list behind one figure (its id).</source>
        <translation>Afficher la liste détaillée d’un indicateur (par son identifiant).</translation>
    </message>
    <message>
        <source>FIGURE</source>
        <translation>INDICATEUR</translation>
    </message>
    <message>
        <source>Write a house&apos;s monthly report (PDF, XLSX or CSV).</source>
        <translation>Écrire le rapport mensuel d’une maison (PDF, XLSX ou CSV).</translation>
    </message>
    <message>
        <source>Write the national monthly report (PDF, XLSX or CSV).</source>
        <translation>Écrire le rapport mensuel national (PDF, XLSX ou CSV).</translation>
    </message>
    <message>
        <source>List the sites and whether they have sent a month.</source>
        <translation>Lister les sites et indiquer s’ils ont envoyé un mois.</translation>
    </message>
    <message>
        <source>Compute every figure of the home pages and reports again from the records.</source>
        <translation>Recalculer tous les chiffres des pages d’accueil et des rapports à partir des enregistrements.</translation>
    </message>
    <message>
        <source>--month-bundle is for a site&apos;s demo with --case-work.</source>
        <translation>--month-bundle s’emploie pour la démonstration d’un site, avec --case-work.</translation>
    </message>
    <message numerus="yes">
        <source>Months: %n bundles received</source>
        <translation>
            <numerusform>Mois&#xa0;: %n paquet reçu</numerusform>
            <numerusform>Mois&#xa0;: %n paquets reçus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months approved</source>
        <translation>
            <numerusform>%n mois approuvé</numerusform>
            <numerusform>%n mois approuvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sites have not sent %1</source>
        <translation>
            <numerusform>%n site n’a pas envoyé %1</numerusform>
            <numerusform>%n sites n’ont pas envoyé %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them silent for more than %1 days</source>
        <translation>
            <numerusform>dont %n silencieux depuis plus de %1 jours</numerusform>
            <numerusform>dont %n silencieux depuis plus de %1 jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent late</source>
        <translation>
            <numerusform>%n envoyé en retard</numerusform>
            <numerusform>%n envoyés en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a bundle missing</source>
        <translation>
            <numerusform>%n avec un paquet manquant</numerusform>
            <numerusform>%n avec un paquet manquant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n houses over capacity</source>
        <translation>
            <numerusform>%n maison au-delà de sa capacité</numerusform>
            <numerusform>%n maisons au-delà de leur capacité</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation>%1 approuvé.</translation>
    </message>
    <message>
        <source>On a site, with --case-work: write the bundle that carries the approved month to FILE, as the month close does (needs the keys&apos; passphrase and the ministry&apos;s profile).</source>
        <translation>Sur un site, avec --case-work&#xa0;: écrire dans FILE le paquet de synchronisation qui porte le mois approuvé, comme le fait la clôture du mois (il faut la phrase secrète des clés et le profil du ministère).</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>request</source>
        <comment>between sites</comment>
        <translation>demande</translation>
    </message>
    <message>
        <source>Ask another house to take a child&apos;s file (the ministry relays it).</source>
        <translation>Demander à une autre maison de reprendre le dossier d’un enfant (le ministère relaie la demande).</translation>
    </message>
    <message>
        <source>The institution that would receive the child.</source>
        <translation>L’établissement qui accueillerait l’enfant.</translation>
    </message>
    <message>
        <source>Why the child moves.</source>
        <translation>Le motif du transfert de l’enfant.</translation>
    </message>
    <message>
        <source>The day the child moves (default today).</source>
        <translation>Le jour du transfert de l’enfant (aujourd’hui par défaut).</translation>
    </message>
    <message>
        <source>At a regional office: ask the house that holds a child&apos;s file for access to place the child.</source>
        <translation>Dans une délégation régionale&#xa0;: demander à la maison qui détient le dossier d’un enfant l’accès pour placer cet enfant.</translation>
    </message>
    <message>
        <source>The house&apos;s institution, when the file is not here yet.</source>
        <translation>L’établissement de la maison, si le dossier n’est pas encore ici.</translation>
    </message>
    <message>
        <source>List requests between sites, those waiting first.</source>
        <translation>Lister les demandes entre sites, celles en attente d’abord.</translation>
    </message>
    <message>
        <source>Only those asked of this site.</source>
        <translation>Uniquement celles adressées à ce site.</translation>
    </message>
    <message>
        <source>Only those made here.</source>
        <translation>Uniquement celles faites ici.</translation>
    </message>
    <message>
        <source>Only those waiting for a decision.</source>
        <translation>Uniquement celles en attente de décision.</translation>
    </message>
    <message>
        <source>Accept a request asked of this site: a transfer moves the file here, an access grants placements.</source>
        <translation>Accepter une demande adressée à ce site&#xa0;: un transfert amène le dossier ici, un accès autorise les placements.</translation>
    </message>
    <message>
        <source>A note for the site that asked.</source>
        <translation>Une note pour le site demandeur.</translation>
    </message>
    <message>
        <source>The institution that receives the child (default the one asked).</source>
        <translation>L’établissement qui accueille l’enfant (par défaut, celui visé par la demande).</translation>
    </message>
    <message>
        <source>The last day of an access, YYYY-MM-DD.</source>
        <translation>Le dernier jour de l’accès, au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Refuse a request asked of this site.</source>
        <translation>Refuser une demande adressée à ce site.</translation>
    </message>
    <message>
        <source>Why, for the site that asked.</source>
        <translation>Le motif, pour le site demandeur.</translation>
    </message>
    <message>
        <source>Cancel a request made here that nobody decided yet.</source>
        <translation>Annuler une demande faite ici sur laquelle personne n’a encore statué.</translation>
    </message>
    <message>
        <source>Propose to the ministry new details for an institution this site runs.</source>
        <translation>Proposer au ministère de nouvelles informations pour un établissement que gère ce site.</translation>
    </message>
    <message>
        <source>The institution (default this site&apos;s).</source>
        <translation>L’établissement (par défaut, celui de ce site).</translation>
    </message>
    <message>
        <source>The new value.</source>
        <translation>La nouvelle valeur.</translation>
    </message>
    <message>
        <source>The new number of places.</source>
        <translation>Le nouveau nombre de places.</translation>
    </message>
    <message>
        <source>F (girls), M (boys).</source>
        <translation>F (filles), M (garçons).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD.</source>
        <translation>Au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Why the details change.</source>
        <translation>Le motif du changement des informations.</translation>
    </message>
    <message>
        <source>At the ministry: send an institution, its inspections and actions to an inspector&apos;s site, which may then inspect it.</source>
        <translation>Au ministère&#xa0;: envoyer un établissement, ses inspections et ses actions au site d’un inspecteur, qui peut alors l’inspecter.</translation>
    </message>
    <message>
        <source>The inspector&apos;s enrolled site.</source>
        <translation>Le site inscrit de l’inspecteur.</translation>
    </message>
    <message>
        <source>Why (default: inspection).</source>
        <translation>Le motif (par défaut&#xa0;: inspection).</translation>
    </message>
    <message>
        <source>The last day, YYYY-MM-DD.</source>
        <translation>Le dernier jour, au format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>List the access this site gave and was given.</source>
        <translation>Lister les autorisations que ce site a accordées et celles qu’il a reçues.</translation>
    </message>
    <message>
        <source>End an access this site gave.</source>
        <translation>Mettre fin à une autorisation accordée par ce site.</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>autorisation</translation>
    </message>
    <message>
        <source>At the inspected house: record the work done on a corrective action.</source>
        <translation>Dans la maison inspectée&#xa0;: enregistrer le travail réalisé sur une action corrective.</translation>
    </message>
    <message>
        <source>open, in_progress or done.</source>
        <translation>open, in_progress ou done.</translation>
    </message>
    <message>
        <source>What was done.</source>
        <translation>Ce qui a été fait.</translation>
    </message>
    <message>
        <source>What shows it.</source>
        <translation>Le justificatif.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a mapping: write a JSON object of {&quot;column header&quot;: &quot;field&quot;} (%2).</source>
        <translation>%1&#xa0;: ce n’est pas une correspondance des colonnes&#xa0;: écrivez un objet JSON de la forme {&quot;en-tête de colonne&quot;: &quot;champ&quot;} (%2).</translation>
    </message>
    <message>
        <source>Text file in %1 (detected: %2, %3%), fields separated by “%4”.</source>
        <translation>Fichier texte lu dans l’encodage %1 (encodage détecté&#xa0;: %2, fiabilité %3&#xa0;%), séparateur de champs «&#xa0;%4&#xa0;».</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>Sheet “%1” of %2 (%3).</source>
        <translation>Feuille «&#xa0;%1&#xa0;» du fichier %2 (%3).</translation>
    </message>
    <message>
        <source>Headers on row %1:</source>
        <translation>En-têtes à la ligne %1&#xa0;:</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Would add %1, update %2, skip %3 already there; %4 with problems.</source>
        <translation>Seraient ajoutés&#xa0;: %1, mis à jour&#xa0;: %2, ignorés car déjà présents&#xa0;: %3&#xa0;; avec des problèmes&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Added %1, updated %2, skipped %3 already there; %4 with problems.</source>
        <translation>Ajoutés&#xa0;: %1, mis à jour&#xa0;: %2, ignorés car déjà présents&#xa0;: %3&#xa0;; avec des problèmes&#xa0;: %4.</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Row %1 (%2) is probably %3, already registered (%4, likeness %5%).</source>
        <translation>La ligne %1 (%2) est un doublon probable de %3, déjà enregistré(e) (%4, ressemblance %5&#xa0;%).</translation>
    </message>
    <message>
        <source>The rows with problems are saved in %1, to correct and import again.</source>
        <translation>Les lignes avec des problèmes sont enregistrées dans %1, pour les corriger et les importer de nouveau.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Name the file to import.</source>
        <translation>Indiquez le fichier à importer.</translation>
    </message>
    <message>
        <source>--valid-only needs --rejects FILE, where the rows with problems are saved.</source>
        <translation>--valid-only nécessite --rejects FILE, où sont enregistrées les lignes avec des problèmes.</translation>
    </message>
    <message>
        <source>Say where to write the template with --out FILE (.xlsx or .csv).</source>
        <translation>Indiquez où écrire le modèle avec --out FILE (.xlsx ou .csv).</translation>
    </message>
    <message>
        <source>The workbook&apos;s sheet to read (the first by default).</source>
        <translation>La feuille du classeur à lire (la première par défaut).</translation>
    </message>
    <message>
        <source>A JSON file {&quot;column header&quot;: &quot;field&quot;} that says which column fills which field.</source>
        <translation>Un fichier JSON {&quot;en-tête de colonne&quot;: &quot;champ&quot;} qui indique quelle colonne remplit quel champ.</translation>
    </message>
    <message>
        <source>Read a text file in this encoding (windows-1256, UTF-8, UTF-16...) instead of the one detected.</source>
        <translation>Lire un fichier texte dans cet encodage (windows-1256, UTF-8, UTF-16...) au lieu de celui détecté.</translation>
    </message>
    <message>
        <source>Say what the import would do; change nothing.</source>
        <translation>Simulation&#xa0;: indiquer ce que ferait l’import, sans rien modifier.</translation>
    </message>
    <message>
        <source>Import the rows without problems, and save the others with --rejects.</source>
        <translation>Importer les lignes sans problème et enregistrer les autres avec --rejects.</translation>
    </message>
    <message>
        <source>Where to save the rows with problems (.csv or .xlsx), to correct and import again.</source>
        <translation>Où enregistrer les lignes avec des problèmes (.csv ou .xlsx), pour les corriger et les importer de nouveau.</translation>
    </message>
    <message>
        <source>Import residents from a spreadsheet (XLSX, XLS, CSV), with their admission.</source>
        <translation>Importer des résidents à partir d’un tableur (XLSX, XLS, CSV), avec leur admission.</translation>
    </message>
    <message>
        <source>Write an empty residents roster to fill in (.xlsx or .csv).</source>
        <translation>Écrire une liste de résidents vide à remplir (.xlsx ou .csv).</translation>
    </message>
    <message>
        <source>Import institutions from a spreadsheet, at the ministry.</source>
        <translation>Importer des établissements à partir d’un tableur (ministère).</translation>
    </message>
    <message>
        <source>Write an empty list of institutions to fill in (.xlsx or .csv).</source>
        <translation>Écrire une liste d’établissements vide à remplir (.xlsx ou .csv).</translation>
    </message>
    <message>
        <source>Import foster families from a spreadsheet, one row per member.</source>
        <translation>Importer des familles d’accueil à partir d’un tableur, une ligne par membre.</translation>
    </message>
    <message>
        <source>Write an empty register of families to fill in (.xlsx or .csv).</source>
        <translation>Écrire un registre des familles vide à remplir (.xlsx ou .csv).</translation>
    </message>
    <message>
        <source>%1 characters cannot be read in %2: the file is probably in another encoding (try --encoding windows-1256 or UTF-8).</source>
        <translation>%1 caractères ne peuvent pas être lus en %2 : le fichier est sans doute dans un autre encodage (essayez --encoding windows-1256 ou UTF-8).</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>The mapping names “%1”, which is not a field of this kind of file; the fields are: %2.</source>
        <translation>La correspondance des colonnes cite «&#xa0;%1&#xa0;», qui n’est pas un champ de ce type de fichier&#xa0;; les champs sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The mapping names the column “%1”, which this file does not have.</source>
        <translation>La correspondance des colonnes cite la colonne «&#xa0;%1&#xa0;», absente de ce fichier.</translation>
    </message>
    <message>
        <source>The mapping gives the field “%1” to two columns.</source>
        <translation>La correspondance des colonnes attribue le champ «&#xa0;%1&#xa0;» à deux colonnes.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CsvSheet</name>
    <message>
        <source>%1 ends inside a quoted cell opened on row %2: a closing quote (&quot;) is missing.</source>
        <translation>%1 se termine dans une cellule entre guillemets ouverte à la ligne %2&#xa0;: il manque le guillemet (&quot;) fermant.</translation>
    </message>
    <message>
        <source>%1: row %2 has a cell longer than %3 characters, more than a spreadsheet holds (a quote (&quot;) that is never closed?).</source>
        <translation>%1&#xa0;: la ligne %2 a une cellule de plus de %3 caractères, plus qu’un tableur n’en contient (un guillemet (&quot;) jamais fermé&#xa0;?).</translation>
    </message>
    <message>
        <source>%1: row %2 has more than %3 cells, more than a spreadsheet holds.</source>
        <translation>%1&#xa0;: la ligne %2 a plus de %3 cellules, plus qu’un tableur n’en contient.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read in the encoding “%2”: Riaya does not know it (try UTF-8 or windows-1256).</source>
        <translation>%1 ne peut pas être lu dans l’encodage «&#xa0;%2&#xa0;»&#xa0;: Riaya ne le connaît pas (essayez UTF-8 ou windows-1256).</translation>
    </message>
    <message>
        <source>%1 is empty: it has no rows to import.</source>
        <translation>%1 est vide&#xa0;: il n’a aucune ligne à importer.</translation>
    </message>
    <message>
        <source>%1 cannot be read further than row %2: %3</source>
        <translation>%1 ne peut pas être lu au-delà de la ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 cannot be read again from its start: %2</source>
        <translation>%1 ne peut pas être relu depuis le début&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Cannot read the figures: %1</source>
        <translation>Impossible de lire les chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Admissions in %1</source>
        <translation>Admissions en %1</translation>
    </message>
    <message>
        <source>Exits in %1</source>
        <translation>Sorties en %1</translation>
    </message>
    <message>
        <source>Presence in %1</source>
        <translation>Présence en %1</translation>
    </message>
    <message>
        <source>No marks yet</source>
        <translation>Aucun pointage pour le moment</translation>
    </message>
    <message>
        <source>School success, %1</source>
        <translation>Réussite scolaire, %1</translation>
    </message>
    <message>
        <source>Incidents in %1</source>
        <translation>Incidents en %1</translation>
    </message>
    <message>
        <source>Corrective actions overdue</source>
        <translation>Actions correctives en retard</translation>
    </message>
    <message>
        <source>Corrective actions due within 30 days</source>
        <translation>Actions correctives à échéance sous 30 jours</translation>
    </message>
    <message>
        <source>Presence rate by month</source>
        <translation>Taux de présence par mois</translation>
    </message>
    <message>
        <source>Admissions by month</source>
        <translation>Admissions par mois</translation>
    </message>
    <message>
        <source>Exits by month</source>
        <translation>Sorties par mois</translation>
    </message>
    <message>
        <source>Residents in the house today</source>
        <translation>Résidents dans la maison aujourd’hui</translation>
    </message>
    <message>
        <source>Days of this month without presence marks</source>
        <translation>Jours de ce mois sans pointage de présence</translation>
    </message>
    <message>
        <source>Close of %1</source>
        <translation>Clôture de %1</translation>
    </message>
    <message>
        <source>Approved by %1 on %2</source>
        <translation>Approuvé par %1 le %2</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Pas encore approuvé</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>Aucune pour le moment</translation>
    </message>
    <message>
        <source>Residents against places</source>
        <translation>Résidents par rapport aux places</translation>
    </message>
    <message>
        <source>Institutions over capacity</source>
        <translation>Établissements en surcapacité</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Filles</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Garçons</translation>
    </message>
    <message>
        <source>Sites that have not sent %1</source>
        <translation>Sites n’ayant pas envoyé %1</translation>
    </message>
    <message numerus="yes">
        <source>Sites silent for more than %n days</source>
        <translation>
            <numerusform>Sites silencieux depuis plus de %n jour</numerusform>
            <numerusform>Sites silencieux depuis plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Occupancy by region</source>
        <translation>Taux d’occupation par région</translation>
    </message>
    <message>
        <source>Residents by school level</source>
        <translation>Résidents par niveau scolaire</translation>
    </message>
    <message>
        <source>Not in school</source>
        <translation>Non scolarisé</translation>
    </message>
    <message>
        <source>Incidents by kind</source>
        <translation>Incidents par type</translation>
    </message>
    <message>
        <source>Latest inspection score of each institution</source>
        <translation>Note de la dernière inspection de chaque établissement</translation>
    </message>
    <message>
        <source>Children placed in families</source>
        <translation>Enfants placés en famille</translation>
    </message>
    <message>
        <source>Placements started in %1</source>
        <translation>Placements commencés en %1</translation>
    </message>
    <message>
        <source>Placements ended in %1</source>
        <translation>Placements terminés en %1</translation>
    </message>
    <message>
        <source>Returns from families in %1</source>
        <translation>Retours de famille en %1</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>Visites de suivi en retard</translation>
    </message>
    <message>
        <source>Foster families by state</source>
        <translation>Familles d’accueil par état</translation>
    </message>
    <message>
        <source>not exported yet</source>
        <translation>pas encore exporté</translation>
    </message>
    <message>
        <source>exported on %1, acknowledged</source>
        <translation>exporté le %1, accusé de réception reçu</translation>
    </message>
    <message>
        <source>exported on %1, not acknowledged yet</source>
        <translation>exporté le %1, pas encore d’accusé de réception</translation>
    </message>
    <message>
        <source>Residents by status</source>
        <translation>Résidents par statut</translation>
    </message>
    <message>
        <source>Mean inspection score by month</source>
        <translation>Note moyenne des inspections par mois</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 is damaged (%2). Restore it from a backup.</source>
        <translation>La base de données %1 est endommagée (%2). Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The database %1 is already open in another Riaya window or command (process %2 on %3). Close it first; only one may write at a time.</source>
        <translation>La base de données %1 est déjà ouverte dans une autre fenêtre ou commande Riaya (processus %2 sur %3). Fermez-la d&apos;abord&#xa0;; une seule peut y écrire à la fois.</translation>
    </message>
    <message>
        <source>Cannot lock the database %1: the folder is not writable or the disk is full.</source>
        <translation>Impossible de verrouiller la base de données %1&#xa0;: le dossier est protégé en écriture ou le disque est plein.</translation>
    </message>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de cryptographie n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with “riaya-cli --db %1 init”.</source>
        <translation>Il n&apos;y a pas de base de données à l&apos;emplacement %1. Créez-en une avec «&#xa0;riaya-cli --db %1 init&#xa0;».</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d&apos;ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The SQLite driver of this installation cannot run Riaya&apos;s search.</source>
        <translation>Le pilote SQLite de cette installation ne permet pas d&apos;utiliser la recherche de Riaya.</translation>
    </message>
    <message>
        <source>%1 is not a Riaya database, or it is damaged: %2</source>
        <translation>%1 n&apos;est pas une base de données Riaya, ou il est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a Riaya database.</source>
        <translation>%1 n&apos;est pas une base de données Riaya.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Riaya (schema %2; this version knows schema %3). Update Riaya to open it; the file was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Riaya (schéma %2&#xa0;; cette version connaît le schéma %3). Mettez Riaya à jour pour l&apos;ouvrir&#xa0;; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1: %2</source>
        <translation>Impossible de préparer la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot update the database %1 to schema %2: %3. It was left as it was.</source>
        <translation>Impossible de mettre à jour la base de données %1 vers le schéma %2&#xa0;: %3. Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>Cannot read the site of %1: %2</source>
        <translation>Impossible de lire les informations du site dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is not an SQLite database</source>
        <translation>le fichier n’est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>Cannot copy %1 before updating it: %2. It was left as it was.</source>
        <translation>Impossible de copier %1 avant sa mise à jour&#xa0;: %2. Elle est restée telle quelle.</translation>
    </message>
    <message>
        <source>The database file %1 was replaced by another file while Riaya had it open. Nothing more is written to it: close Riaya, then restore the latest backup or put the file back.</source>
        <translation>Le fichier de base %1 a été remplacé par un autre pendant que Riaya l’avait ouvert. Plus rien n’y est écrit&#xa0;: fermez Riaya, puis restaurez la dernière sauvegarde ou remettez le fichier en place.</translation>
    </message>
    <message>
        <source>The database file %1 was deleted while Riaya had it open. Nothing more is written to it: close Riaya, then restore the latest backup or put the file back.</source>
        <translation>Le fichier de base %1 a été supprimé pendant que Riaya l’avait ouvert. Plus rien n’y est écrit&#xa0;: fermez Riaya, puis restaurez la dernière sauvegarde ou remettez le fichier en place.</translation>
    </message>
</context>
<context>
    <name>DemoCaseWork</name>
    <message>
        <source>The demo data could not be saved to disk.</source>
        <translation>Les données de démonstration n’ont pas pu être enregistrées sur le disque.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>This site has no institution to fill with demo residents.</source>
        <translation>Ce site n&apos;a aucun établissement à remplir de résidents de démonstration.</translation>
    </message>
    <message>
        <source>The demo made an invalid resident: %1</source>
        <translation>La démonstration a créé un résident non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo word lists are missing from this installation.</source>
        <translation>Les listes de mots de démonstration sont absentes de cette installation.</translation>
    </message>
    <message>
        <source>The demo data could not be saved to disk.</source>
        <translation>Les données de démonstration n&apos;ont pas pu être enregistrées sur le disque.</translation>
    </message>
    <message>
        <source>Set up the database with “init” before adding demo data.</source>
        <translation>Initialisez la base de données avec «&#xa0;init&#xa0;» avant d&apos;ajouter des données de démonstration.</translation>
    </message>
    <message>
        <source>Choose 0 to 1,000,000 residents and 1 to 10,000 institutions.</source>
        <translation>Choisissez de 0 à 1&#xa0;000&#xa0;000 résidents et de 1 à 10&#xa0;000 établissements.</translation>
    </message>
    <message>
        <source>This database holds the demo of seed %1 already; choose another seed.</source>
        <translation>Cette base contient déjà la démonstration de graine %1&#xa0;; choisissez une autre graine.</translation>
    </message>
</context>
<context>
    <name>DemoMonths</name>
    <message>
        <source>Cannot read the demo&apos;s houses: %1</source>
        <translation>Impossible de lire les maisons de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo word lists are missing from this installation.</source>
        <translation>Les listes de mots de démonstration sont absentes de cette installation.</translation>
    </message>
</context>
<context>
    <name>Dump</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>Cannot look for duplicates: %1</source>
        <translation>Impossible de rechercher les doublons&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FamilyDocument</name>
    <message>
        <source>National identity cards</source>
        <translation>Cartes nationales d&apos;identité</translation>
    </message>
    <message>
        <source>Marriage certificate</source>
        <translation>Acte de mariage</translation>
    </message>
    <message>
        <source>Proof of income</source>
        <translation>Justificatif de revenus</translation>
    </message>
    <message>
        <source>Proof of housing</source>
        <translation>Justificatif de logement</translation>
    </message>
    <message>
        <source>Medical certificates</source>
        <translation>Certificats médicaux</translation>
    </message>
    <message>
        <source>Criminal-record extracts</source>
        <translation>Extraits du casier judiciaire</translation>
    </message>
    <message>
        <source>Photographs</source>
        <translation>Photographies</translation>
    </message>
</context>
<context>
    <name>FamilyRoster</name>
    <message>
        <source>Imported from %1</source>
        <translation>Import depuis %1</translation>
    </message>
</context>
<context>
    <name>FamilyState</name>
    <message>
        <source>Enquiry</source>
        <translation>Demande d&apos;information</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Home study</source>
        <translation>Enquête sociale</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Agréée</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
</context>
<context>
    <name>FamilyStore</name>
    <message>
        <source>The family name is required.</source>
        <translation>Le nom de la famille est obligatoire.</translation>
    </message>
    <message>
        <source>Each member needs a name and a relationship.</source>
        <translation>Chaque membre doit avoir un nom et un lien de parenté.</translation>
    </message>
    <message>
        <source>%1: the birth year %2 is not possible.</source>
        <translation>%1&#xa0;: l&apos;année de naissance %2 n&apos;est pas possible.</translation>
    </message>
    <message>
        <source>Name at least one head of the family.</source>
        <translation>Indiquez au moins un chef de famille.</translation>
    </message>
    <message>
        <source>A family receives from 1 to 10 children.</source>
        <translation>Une famille accueille de 1 à 10 enfants.</translation>
    </message>
    <message>
        <source>The preferred ages go from a lower to a higher age, up to %1.</source>
        <translation>Les âges souhaités vont d&apos;un âge minimal à un âge maximal, jusqu&apos;à %1 ans.</translation>
    </message>
    <message>
        <source>The preferred sex is F or M, or none.</source>
        <translation>Le sexe souhaité est F ou M, ou n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>The income band is one of: %1.</source>
        <translation>La tranche de revenus est l&apos;une des suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a document of the checklist (%2).</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de la liste des documents (%2).</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, dots and dashes, and start with +.</source>
        <translation>Le numéro de téléphone peut contenir des chiffres, des espaces, des points et des tirets, et commencer par +.</translation>
    </message>
    <message>
        <source>The address is longer than %1 characters.</source>
        <translation>L&apos;adresse dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The enquiry cannot be dated in the future.</source>
        <translation>La demande d&apos;information ne peut pas être datée dans le futur.</translation>
    </message>
    <message>
        <source>The family was not registered.</source>
        <translation>La famille n&apos;a pas été inscrite.</translation>
    </message>
    <message>
        <source>First enquiry</source>
        <translation>Première demande d&apos;information</translation>
    </message>
    <message>
        <source>The family could not be saved to disk.</source>
        <translation>La famille n&apos;a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The family was not saved.</source>
        <translation>La famille n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The family&apos;s state was not changed.</source>
        <translation>L&apos;état de la famille n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>From “%1” a family can move to: %2.</source>
        <translation>Depuis «&#xa0;%1&#xa0;», une famille peut passer à&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The decision is dated from %1 (the current state&apos;s date) to today.</source>
        <translation>La décision doit être datée entre le %1 (date de l&apos;état actuel) et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Give the reason for the decision.</source>
        <translation>Indiquez le motif de la décision.</translation>
    </message>
    <message>
        <source>Approval needs a home study whose latest recommendation is to approve.</source>
        <translation>L&apos;agrément exige une enquête sociale dont la dernière recommandation est d&apos;agréer.</translation>
    </message>
    <message>
        <source>Give the approval number.</source>
        <translation>Indiquez le numéro d&apos;agrément.</translation>
    </message>
    <message>
        <source>The approval&apos;s renewal date must come after the decision.</source>
        <translation>La date de renouvellement de l&apos;agrément doit être postérieure à la décision.</translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) still live with this family; end the placements first.</source>
        <translation>
            <numerusform>%n enfant vit encore dans cette famille&#xa0;; mettez d&apos;abord fin à son placement.</numerusform>
            <numerusform>%n enfants vivent encore dans cette famille&#xa0;; mettez d&apos;abord fin à leurs placements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The home study&apos;s date cannot be in the future.</source>
        <translation>La date de l&apos;enquête sociale ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Name the social worker who made the study.</source>
        <translation>Indiquez le travailleur social qui a réalisé l&apos;enquête.</translation>
    </message>
    <message>
        <source>Write the assessment, in at most %1 characters.</source>
        <translation>Rédigez l&apos;évaluation, en %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>The recommendation is one of: %1.</source>
        <translation>La recommandation est l&apos;une des suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The home study was not saved.</source>
        <translation>L&apos;enquête sociale n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The home study could not be saved to disk.</source>
        <translation>L&apos;enquête sociale n&apos;a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>There is no family with the id %1.</source>
        <translation>Aucune famille n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Cannot read the families: %1</source>
        <translation>Impossible de lire les familles&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FigureLists</name>
    <message>
        <source>Cannot read the list: %1</source>
        <translation>Impossible de lire la liste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Residents on %1</source>
        <translation>Résidents au %1</translation>
    </message>
    <message>
        <source>Born on</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>Niveau scolaire</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admis le</translation>
    </message>
    <message>
        <source>Residents at school level %1</source>
        <translation>Résidents du niveau scolaire %1</translation>
    </message>
    <message>
        <source>Admissions in %1</source>
        <translation>Admissions en %1</translation>
    </message>
    <message>
        <source>Exits in %1</source>
        <translation>Sorties en %1</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Mode de sortie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>En congé</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Malade</translation>
    </message>
    <message>
        <source>Presence rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Presence in %1</source>
        <translation>Présence en %1</translation>
    </message>
    <message>
        <source>Days of %1 without presence marks</source>
        <translation>Jours de %1 sans pointage de présence</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>School decisions, %1</source>
        <translation>Décisions de fin d’année, %1</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Incidents in %1</source>
        <translation>Incidents en %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>Corrective actions overdue</source>
        <translation>Actions correctives en retard</translation>
    </message>
    <message>
        <source>Corrective actions due within 30 days</source>
        <translation>Actions correctives à échéance sous 30 jours</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Occupancy at the end of %1</source>
        <translation>Occupation à la fin de %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Résidents</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Taux d’occupation</translation>
    </message>
    <message>
        <source>Latest inspection of each institution</source>
        <translation>Dernière inspection de chaque établissement</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Date de visite</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Foster families: %1</source>
        <translation>Familles d’accueil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Placements started in %1</source>
        <translation>Placements commencés en %1</translation>
    </message>
    <message>
        <source>Placements ended in %1</source>
        <translation>Placements terminés en %1</translation>
    </message>
    <message>
        <source>Returns from families in %1</source>
        <translation>Retours de famille en %1</translation>
    </message>
    <message>
        <source>Children placed in families at the end of %1</source>
        <translation>Enfants placés en famille à la fin de %1</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>Visites de suivi en retard</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message numerus="yes">
        <source>Sites silent for more than %n days</source>
        <translation>
            <numerusform>Sites silencieux depuis plus de %n jour</numerusform>
            <numerusform>Sites silencieux depuis plus de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Sites and the month of %1</source>
        <translation>Les sites et le mois de %1</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Bundles sent, not received</source>
        <translation>Paquets envoyés, non reçus</translation>
    </message>
    <message>
        <source>Last bundle on</source>
        <translation>Dernier paquet le</translation>
    </message>
    <message>
        <source>Months approved</source>
        <translation>Mois approuvés</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>There is no list %1.</source>
        <translation>Il n’y a pas de liste %1.</translation>
    </message>
    <message>
        <source>Residents: %1</source>
        <translation>Résidents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Inspections finalized in %1</source>
        <translation>Inspections finalisées en %1</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Choose a new file; an existing database is opened, not set up.</source>
        <translation>Choisissez un nouveau fichier&#xa0;; une base existante s’ouvre, elle ne se configure pas.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>3 to 32 small letters, digits, dots, dashes or underscores.</source>
        <translation>De 3 à 32 minuscules, chiffres, points, tirets ou soulignés.</translation>
    </message>
    <message>
        <source>The person&apos;s name is required.</source>
        <translation>Le nom de la personne est obligatoire.</translation>
    </message>
    <message>
        <source>Riaya was not set up.</source>
        <translation>Riaya n’a pas été configuré.</translation>
    </message>
</context>
<context>
    <name>GrantStore</name>
    <message>
        <source>The assignment could not be saved to disk.</source>
        <translation>L’affectation n’a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The inspector&apos;s site was not assigned.</source>
        <translation>L’affectation au site de l’inspecteur n’a pas été faite.</translation>
    </message>
    <message>
        <source>Only the ministry assigns institutions to inspectors.</source>
        <translation>Seul le ministère affecte des établissements aux inspecteurs.</translation>
    </message>
    <message>
        <source>No enrolled site has the id %1.</source>
        <translation>Aucun site inscrit ne porte l’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no institution %1.</source>
        <translation>Il n’y a pas d’établissement %1.</translation>
    </message>
    <message>
        <source>The end of the assignment is already past.</source>
        <translation>La fin de l’affectation est déjà passée.</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>inspection</translation>
    </message>
    <message>
        <source>The grant could not be saved to disk.</source>
        <translation>L’autorisation n’a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>There is no grant %1.</source>
        <translation>Il n’y a pas d’autorisation %1.</translation>
    </message>
    <message>
        <source>The grant %1 was made by another site; only that site ends it.</source>
        <translation>L’autorisation %1 a été accordée par un autre site&#xa0;; seul ce site peut y mettre fin.</translation>
    </message>
</context>
<context>
    <name>IncidentKind</name>
    <message>
        <source>Health (illness, injury, care)</source>
        <translation>Santé (maladie, blessure, soins)</translation>
    </message>
    <message>
        <source>Conduct (fight, breach of the rules)</source>
        <translation>Comportement (bagarre, manquement au règlement)</translation>
    </message>
    <message>
        <source>Absence without leave or running away</source>
        <translation>Absence non autorisée ou fugue</translation>
    </message>
    <message>
        <source>Property (damage, loss, theft)</source>
        <translation>Biens (dégradation, perte, vol)</translation>
    </message>
    <message>
        <source>Safety of the premises (fire, accident)</source>
        <translation>Sécurité des locaux (incendie, accident)</translation>
    </message>
    <message>
        <source>Child protection (abuse, neglect, danger)</source>
        <translation>Protection de l&apos;enfance (maltraitance, négligence, danger)</translation>
    </message>
    <message>
        <source>Other incident</source>
        <translation>Autre incident</translation>
    </message>
</context>
<context>
    <name>IncidentStore</name>
    <message>
        <source>There is no institution with the id %1.</source>
        <translation>Aucun établissement ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>There is no resident with the id %1.</source>
        <translation>Aucun résident ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The incident was not saved.</source>
        <translation>L&apos;incident n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>The incident could not be saved to disk.</source>
        <translation>L&apos;incident n&apos;a pas pu être enregistré sur le disque.</translation>
    </message>
    <message>
        <source>There is no incident with the id %1.</source>
        <translation>Aucun incident ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The incidents cannot be listed.</source>
        <translation>Impossible de lister les incidents.</translation>
    </message>
    <message>
        <source>The end of the period is before its start.</source>
        <translation>La fin de la période est antérieure à son début.</translation>
    </message>
    <message>
        <source>Cannot read the incidents: %1</source>
        <translation>Impossible de lire les incidents&#xa0;: %1</translation>
    </message>
    <message>
        <source>This incident was voided; it can no longer be changed.</source>
        <translation>Cet incident a été invalidé&#xa0;; il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>This incident was already voided.</source>
        <translation>Cet incident a déjà été invalidé.</translation>
    </message>
    <message>
        <source>The incident was not voided.</source>
        <translation>L’incident n’a pas été invalidé.</translation>
    </message>
</context>
<context>
    <name>IncomeBand</name>
    <message>
        <source>No regular income</source>
        <translation>Sans revenu régulier</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevé</translation>
    </message>
</context>
<context>
    <name>IncomingFieldRules</name>
    <message>
        <source>This version of Riaya keeps no such field.</source>
        <translation>Cette version de Riaya ne gère pas ce champ.</translation>
    </message>
    <message>
        <source>A whole number is expected.</source>
        <translation>Un nombre entier est attendu.</translation>
    </message>
    <message>
        <source>A number is expected.</source>
        <translation>Un nombre est attendu.</translation>
    </message>
    <message>
        <source>Text is expected.</source>
        <translation>Un texte est attendu.</translation>
    </message>
    <message numerus="yes">
        <source>An identifier has at most %n letters, digits and dashes.</source>
        <translation>
            <numerusform>Un identifiant compte au plus %n caractère (lettre, chiffre ou tiret).</numerusform>
            <numerusform>Un identifiant compte au plus %n caractères (lettres, chiffres et tirets).</numerusform>
        </translation>
    </message>
    <message>
        <source>A date is expected (YYYY-MM-DD).</source>
        <translation>Une date est attendue (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>A date and time is expected (ISO 8601).</source>
        <translation>Une date et une heure sont attendues (ISO 8601).</translation>
    </message>
    <message>
        <source>A month is expected (YYYY-MM).</source>
        <translation>Un mois est attendu (YYYY-MM).</translation>
    </message>
    <message>
        <source>Structured content (JSON) of at most 2 MiB is expected.</source>
        <translation>Un contenu structuré (JSON) de 2 Mio au plus est attendu.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>%n caractère au maximum.</numerusform>
            <numerusform>%n caractères au maximum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectionReport</name>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>Inspection report — %1</source>
        <translation>Rapport d’inspection — %1</translation>
    </message>
    <message>
        <source>edition %1</source>
        <translation>édition %1</translation>
    </message>
    <message>
        <source>DRAFT — not finalized; the scores may still change.</source>
        <translation>BROUILLON — inspection non finalisée&#xa0;; les notes peuvent encore changer.</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Date of the visit</source>
        <translation>Date de la visite</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Follow-up of the inspection of %1.</source>
        <translation>Inspection de suivi de l’inspection du %1.</translation>
    </message>
    <message>
        <source>This version corrects an earlier one: %1</source>
        <translation>Cette version corrige une version antérieure&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1, over %n applicable item(s); items marked not applicable are left out of the weights.</source>
        <translation>
            <numerusform>Total&#xa0;: %1, sur %n critère applicable&#xa0;; les critères marqués sans objet sont exclus de la pondération.</numerusform>
            <numerusform>Total&#xa0;: %1, sur %n critères applicables&#xa0;; les critères marqués sans objet sont exclus de la pondération.</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Renseignés</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>No findings were written.</source>
        <translation>Aucune constatation n’a été saisie.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <source>the institution</source>
        <translation>l’établissement</translation>
    </message>
    <message>
        <source>Corrective-action plan</source>
        <translation>Plan d’actions correctives</translation>
    </message>
    <message>
        <source>No corrective actions were raised.</source>
        <translation>Aucune action corrective n’a été engagée.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Notes and evidence</source>
        <translation>Notes et preuves</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>The inspector</source>
        <translation>L’inspecteur</translation>
    </message>
    <message>
        <source>The head of the institution</source>
        <translation>Le directeur de l’établissement</translation>
    </message>
    <message>
        <source>Finalized on %1. Record %2.</source>
        <translation>Inspection finalisée le %1. Référence %2.</translation>
    </message>
    <message>
        <source>Record %1.</source>
        <translation>Référence %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>InspectionStore</name>
    <message>
        <source>There is no institution with the id %1.</source>
        <translation>Aucun établissement ne porte l’identifiant %1.</translation>
    </message>
    <message>
        <source>The date of the visit must be a day from 2000 to today.</source>
        <translation>La date de la visite doit être comprise entre 2000 et aujourd’hui.</translation>
    </message>
    <message>
        <source>Give the inspector&apos;s name.</source>
        <translation>Indiquez le nom de l’inspecteur.</translation>
    </message>
    <message>
        <source>The inspection followed up was of another institution.</source>
        <translation>L’inspection suivie portait sur un autre établissement.</translation>
    </message>
    <message>
        <source>Only a finalized inspection can be followed up; finalize it first.</source>
        <translation>Seule une inspection finalisée peut faire l’objet d’une inspection de suivi&#xa0;; finalisez-la d’abord.</translation>
    </message>
    <message>
        <source>A follow-up cannot be dated before the inspection it follows (%1).</source>
        <translation>Une inspection de suivi ne peut pas être antérieure à l’inspection qu’elle suit (%1).</translation>
    </message>
    <message>
        <source>The inspection was not started.</source>
        <translation>L’inspection n’a pas été commencée.</translation>
    </message>
    <message>
        <source>The inspection could not be saved to disk.</source>
        <translation>L’inspection n’a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The inspection is finalized and cannot change; correct it with a new version and its reason.</source>
        <translation>L’inspection est finalisée et ne peut plus être modifiée&#xa0;; corrigez-la par une nouvelle version, avec son motif.</translation>
    </message>
    <message>
        <source>The standards document has no item %1.</source>
        <translation>Le référentiel de normes ne comporte pas de critère %1.</translation>
    </message>
    <message>
        <source>Item %1 is scored from 0 to %2 (or not applicable), not “%3”.</source>
        <translation>Le critère %1 se note de 0 à %2 (ou sans objet), pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>Item %1 is compliant, partly, not compliant or not applicable, not “%2”.</source>
        <translation>Le critère %1 est conforme (compliant), partiellement conforme (partly), non conforme (not_compliant) ou sans objet (na), pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The note of item %1 is longer than %2 characters.</source>
        <translation>La note du critère %1 dépasse %2 caractères.</translation>
    </message>
    <message>
        <source>Each finding needs a text of at most %1 characters.</source>
        <translation>Chaque constatation doit avoir un texte de %1 caractères au plus.</translation>
    </message>
    <message>
        <source>A finding is minor, major or critical, not “%1”.</source>
        <translation>Une constatation est mineure (minor), majeure (major) ou critique (critical), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The inspection was not saved.</source>
        <translation>L’inspection n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The inspection was not finalized.</source>
        <translation>L’inspection n’a pas été finalisée.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no answer yet: %1. Answer them, or mark them not applicable.</source>
        <translation>
            <numerusform>%n critère n’a pas encore de réponse&#xa0;: %1. Renseignez-le ou marquez-le sans objet.</numerusform>
            <numerusform>%n critères n’ont pas encore de réponse&#xa0;: %1. Renseignez-les ou marquez-les sans objet.</numerusform>
        </translation>
    </message>
    <message>
        <source>No correction was started.</source>
        <translation>Aucune correction n’a été commencée.</translation>
    </message>
    <message>
        <source>The inspection is still a draft: change it directly.</source>
        <translation>L’inspection est encore un brouillon&#xa0;: modifiez-la directement.</translation>
    </message>
    <message>
        <source>A newer version of this inspection exists (of %1); correct that one.</source>
        <translation>Une version plus récente de cette inspection existe (du %1)&#xa0;; corrigez plutôt celle-ci.</translation>
    </message>
    <message>
        <source>Say why the inspection is corrected.</source>
        <translation>Indiquez le motif de la correction de l’inspection.</translation>
    </message>
    <message>
        <source>The draft was not thrown away.</source>
        <translation>Le brouillon n’a pas été supprimé.</translation>
    </message>
    <message>
        <source>There is no inspection with the id %1.</source>
        <translation>Aucune inspection ne porte l’identifiant %1.</translation>
    </message>
    <message>
        <source>Cannot read the inspections: %1</source>
        <translation>Impossible de lire les inspections&#xa0;: %1</translation>
    </message>
    <message>
        <source>The standards document of this inspection (%1) is not in this database; import the ministry&apos;s latest bundle.</source>
        <translation>Le référentiel de normes de cette inspection (%1) ne figure pas dans cette base&#xa0;; importez le dernier paquet du ministère.</translation>
    </message>
</context>
<context>
    <name>InspectionTemplate</name>
    <message>
        <source>%1: the %2 needs its Arabic, French and English text.</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» doit avoir son texte en arabe, en français et en anglais.</translation>
    </message>
    <message>
        <source>%1: the key “%2” is not a short name of lowercase letters, digits, dots and dashes.</source>
        <translation>%1&#xa0;: la clé «&#xa0;%2&#xa0;» n’est pas un nom court fait de lettres minuscules, de chiffres, de points et de tirets.</translation>
    </message>
    <message>
        <source>%1: the key “%2” is used twice.</source>
        <translation>%1&#xa0;: la clé «&#xa0;%2&#xa0;» est utilisée deux fois.</translation>
    </message>
    <message>
        <source>%1: the weight must be a whole number from 1 to %2.</source>
        <translation>%1&#xa0;: le poids doit être un nombre entier de 1 à %2.</translation>
    </message>
    <message>
        <source>%1: a scale goes from 0 to a maximum from 1 to %2.</source>
        <translation>%1&#xa0;: une échelle va de 0 à un maximum compris entre 1 et %2.</translation>
    </message>
    <message>
        <source>%1: the scoring must be “compliance” or “scale”, not “%2”.</source>
        <translation>%1&#xa0;: la notation doit être «&#xa0;compliance&#xa0;» ou «&#xa0;scale&#xa0;», pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>This is not a template file: %1 at character %2.</source>
        <translation>Ce n’est pas un fichier modèle&#xa0;: %1 au caractère %2.</translation>
    </message>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>The template file format must be %1.</source>
        <translation>Le format du fichier modèle doit être %1.</translation>
    </message>
    <message>
        <source>The template&apos;s code “%1” is not a short name of lowercase letters, digits and dashes.</source>
        <translation>Le code du modèle, «&#xa0;%1&#xa0;», n’est pas un nom court fait de lettres minuscules, de chiffres et de tirets.</translation>
    </message>
    <message>
        <source>The edition must be a whole number from 1.</source>
        <translation>L’édition doit être un nombre entier supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>The template has no sections.</source>
        <translation>Le modèle ne comporte aucun domaine.</translation>
    </message>
    <message>
        <source>%1: the section has no standards.</source>
        <translation>%1&#xa0;: le domaine ne comporte aucune norme.</translation>
    </message>
    <message>
        <source>%1: the standard has no items.</source>
        <translation>%1&#xa0;: la norme ne comporte aucun critère.</translation>
    </message>
    <message>
        <source>The template was not accepted.</source>
        <translation>Le modèle n’a pas été accepté.</translation>
    </message>
    <message>
        <source>compliant</source>
        <translation>conforme</translation>
    </message>
    <message>
        <source>partly compliant</source>
        <translation>partiellement conforme</translation>
    </message>
    <message>
        <source>not compliant</source>
        <translation>non conforme</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>sans objet</translation>
    </message>
    <message>
        <source>The institution as a whole</source>
        <translation>L’établissement dans son ensemble</translation>
    </message>
</context>
<context>
    <name>InstitutionKind</name>
    <message>
        <source>Student boarding house</source>
        <translation>Dar Talib (foyer d&apos;élèves)</translation>
    </message>
    <message>
        <source>Children&apos;s home</source>
        <translation>Maison d&apos;enfants</translation>
    </message>
    <message>
        <source>Social protection centre</source>
        <translation>Centre de protection sociale</translation>
    </message>
    <message>
        <source>Other institution</source>
        <translation>Autre établissement</translation>
    </message>
</context>
<context>
    <name>InstitutionRoster</name>
    <message>
        <source>The list of institutions is kept by the ministry; a house proposes changes to its own institution (Requests screen, or riaya-cli institutions propose).</source>
        <translation>La liste des établissements est tenue par le ministère&#xa0;; une maison propose des changements pour son propre établissement (écran Demandes, ou riaya-cli institutions propose).</translation>
    </message>
    <message>
        <source>The same institution as row %1 (%2).</source>
        <translation>Le même établissement qu’à la ligne %1 (%2).</translation>
    </message>
</context>
<context>
    <name>InstitutionStore</name>
    <message>
        <source>The institution was not saved.</source>
        <translation>L&apos;établissement n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>The institution could not be saved to disk.</source>
        <translation>L&apos;établissement n&apos;a pas pu être enregistré sur le disque.</translation>
    </message>
    <message numerus="yes">
        <source>%n residents are present; the capacity cannot be lower.</source>
        <translation>
            <numerusform>%n résident est présent&#xa0;; la capacité ne peut pas être inférieure.</numerusform>
            <numerusform>%n résidents sont présents&#xa0;; la capacité ne peut pas être inférieure.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no institution with the id %1.</source>
        <translation>Aucun établissement ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Cannot read the institutions: %1</source>
        <translation>Impossible de lire les établissements&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>KeyRotation</name>
    <message>
        <source>the key rotation it carries cannot be read.</source>
        <translation>le renouvellement de clés qu&apos;il porte est illisible.</translation>
    </message>
    <message>
        <source>Only the ministry hub rotates its keys. A site whose key is lost or stolen makes new ones (“keys create --replace”), which the ministry enrols after revoking the old key.</source>
        <translation>Seule la plateforme centrale du ministère renouvelle ses clés. Un site dont la clé est perdue ou volée en crée de nouvelles («&#xa0;keys create --replace&#xa0;»), que le ministère inscrit après avoir révoqué l&apos;ancienne.</translation>
    </message>
    <message>
        <source>The statements of the earlier rotations are damaged; the keys were not rotated.</source>
        <translation>Les déclarations des renouvellements précédents sont endommagées&#xa0;; les clés n&apos;ont pas été renouvelées.</translation>
    </message>
    <message>
        <source>The ministry&apos;s keys were rotated too many times for a bundle to carry the statements; nothing was changed.</source>
        <translation>Les clés du ministère ont été renouvelées trop de fois pour qu&apos;un paquet de synchronisation puisse porter les déclarations&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The new keys could not be saved to disk; the old ones stay.</source>
        <translation>Les nouvelles clés n&apos;ont pas pu être enregistrées sur le disque&#xa0;; les anciennes restent.</translation>
    </message>
    <message>
        <source>the key rotation it carries does not start from the key this site trusts for “%1” (%2); nothing was changed.</source>
        <translation>le renouvellement de clés qu&apos;il porte ne part pas de la clé à laquelle ce site fait confiance pour «&#xa0;%1&#xa0;» (%2)&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the key rotation it carries is not a %1 statement; nothing was changed.</source>
        <translation>le renouvellement de clés qu&apos;il porte n&apos;est pas une déclaration %1&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the key rotation it carries is for another site (%1), not for “%2”; nothing was changed.</source>
        <translation>le renouvellement de clés qu&apos;il porte concerne un autre site (%1), pas «&#xa0;%2&#xa0;»&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the key rotation it carries is broken: a statement does not start from the key the one before it gave; nothing was changed.</source>
        <translation>le renouvellement de clés qu&apos;il porte est rompu&#xa0;: une déclaration ne part pas de la clé donnée par la précédente&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the key rotation it carries does not name a new signing key and encryption key; nothing was changed.</source>
        <translation>le renouvellement de clés qu&apos;il porte ne nomme pas une nouvelle clé de signature et une nouvelle clé de chiffrement&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the key rotation it carries is not signed by the key this site trusts for “%1”: it was forged or changed after signing; nothing was changed.</source>
        <translation>le renouvellement de clés qu&apos;il porte n&apos;est pas signé par la clé à laquelle ce site fait confiance pour «&#xa0;%1&#xa0;»&#xa0;: il a été falsifié ou modifié après signature&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>the key rotation it carries is not signed by the new key it names: it was forged or changed after signing; nothing was changed.</source>
        <translation>le renouvellement de clés qu&apos;il porte n&apos;est pas signé par la nouvelle clé qu&apos;il nomme&#xa0;: il a été falsifié ou modifié après signature&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Cannot trust the new keys of “%1”: %2</source>
        <translation>Impossible de faire confiance aux nouvelles clés de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The new keys of “%1” could not be saved to disk.</source>
        <translation>Les nouvelles clés de «&#xa0;%1&#xa0;» n&apos;ont pas pu être enregistrées sur le disque.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Mémoire insuffisante pour dériver la clé à partir de la phrase secrète.</translation>
    </message>
    <message>
        <source>This site already has its keys; nothing was changed.</source>
        <translation>Ce site a déjà ses clés&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>La phrase secrète doit comporter au moins %n caractère.</numerusform>
            <numerusform>La phrase secrète doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot store the keys: %1</source>
        <translation>Impossible d&apos;enregistrer les clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keys could not be saved to disk.</source>
        <translation>Les clés n&apos;ont pas pu être enregistrées sur le disque.</translation>
    </message>
    <message>
        <source>Cannot read the keys: %1</source>
        <translation>Impossible de lire les clés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The passphrase does not open this site&apos;s keys.</source>
        <translation>La phrase secrète n&apos;ouvre pas les clés de ce site.</translation>
    </message>
    <message>
        <source>The sealed key is damaged.</source>
        <translation>La clé scellée est endommagée.</translation>
    </message>
    <message>
        <source>The sealed key asks for a key derivation Riaya does not accept (%1 passes over %2 KiB of memory; at most %3 passes over %4 KiB): the file was damaged or tampered with, and nothing was opened.</source>
        <translation>La clé scellée demande une dérivation de clé que Riaya n&apos;accepte pas (%1 passes sur %2&#xa0;Kio de mémoire&#xa0;; au plus %3 passes sur %4&#xa0;Kio)&#xa0;: le fichier a été endommagé ou falsifié, et rien n&apos;a été ouvert.</translation>
    </message>
    <message>
        <source>Cannot store the keys: the statement that vouches for them was not saved.</source>
        <translation>Impossible d&apos;enregistrer les clés&#xa0;: la déclaration qui les garantit n&apos;a pas été enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase repeats too few characters: choose a few words, with at least %n different characters.</source>
        <translation>
            <numerusform>La phrase secrète répète trop peu de caractères&#xa0;: choisissez quelques mots, avec au moins %n caractère différent.</numerusform>
            <numerusform>La phrase secrète répète trop peu de caractères&#xa0;: choisissez quelques mots, avec au moins %n caractères différents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new passphrase could not be saved to disk.</source>
        <translation>La nouvelle phrase secrète n’a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The new passphrase is the current one; nothing was changed.</source>
        <translation>La nouvelle phrase secrète est l’actuelle&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This site has no keys yet; create them first (on the Sync screen, or with “riaya-cli keys create”).</source>
        <translation>Ce site n’a pas encore de clés&#xa0;; créez-les d’abord (dans l’écran Synchronisation, ou avec «&#xa0;riaya-cli keys create&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>LegalBasis</name>
    <message>
        <source>Kafala decision</source>
        <translation>Décision de kafala</translation>
    </message>
    <message>
        <source>Placement order</source>
        <translation>Ordonnance de placement</translation>
    </message>
</context>
<context>
    <name>MissingMonths</name>
    <message>
        <source>Cannot read the sites&apos; months: %1</source>
        <translation>Impossible de lire les mois des sites&#xa0;: %1</translation>
    </message>
    <message>
        <source>Approved and received</source>
        <translation>Approuvé et reçu</translation>
    </message>
    <message>
        <source>Received, not approved</source>
        <translation>Reçu, non approuvé</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
</context>
<context>
    <name>MonthAggregates</name>
    <message>
        <source>Cannot compute the figures: %1</source>
        <translation>Impossible de calculer les chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read which figures to compute: %1</source>
        <translation>Impossible de lire les chiffres à calculer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save the figures: %1</source>
        <translation>Impossible d’enregistrer les chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot compute the figures again: %1</source>
        <translation>Impossible de recalculer les chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot save the figures.</source>
        <translation>Impossible d’enregistrer les chiffres.</translation>
    </message>
</context>
<context>
    <name>MonthCompleteness</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the %1 presence marks expected are missing.</source>
        <translation>
            <numerusform>%n des %1 présences attendues manque.</numerusform>
            <numerusform>%n des %1 présences attendues manquent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nobody was marked on %n days: %1.</source>
        <translation>
            <numerusform>Aucune présence n’a été notée pendant %n jour&#xa0;: %1.</numerusform>
            <numerusform>Aucune présence n’a été notée pendant %n jours&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residents have days without a mark: %1.</source>
        <translation>
            <numerusform>%n résident a des jours sans présence notée&#xa0;: %1.</numerusform>
            <numerusform>%n résidents ont des jours sans présence notée&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n days)</source>
        <translation>
            <numerusform>%1 (%n jour)</numerusform>
            <numerusform>%1 (%n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residents in school have no decision for the school year %1: %2.</source>
        <translation>
            <numerusform>%n résident scolarisé n’a pas de décision pour l’année scolaire %1&#xa0;: %2.</numerusform>
            <numerusform>%n résidents scolarisés n’ont pas de décision pour l’année scolaire %1&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residents in school have no result yet for the school year %1: %2.</source>
        <translation>
            <numerusform>%n résident scolarisé n’a encore aucun résultat pour l’année scolaire %1&#xa0;: %2.</numerusform>
            <numerusform>%n résidents scolarisés n’ont encore aucun résultat pour l’année scolaire %1&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the stays: %1</source>
        <translation>Impossible de lire les séjours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the presence marks: %1</source>
        <translation>Impossible de lire les présences&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the school results: %1</source>
        <translation>Impossible de lire les résultats scolaires&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MonthReport</name>
    <message>
        <source>Only a month that has ended can be closed; %1 ends on %2.</source>
        <translation>Seul un mois terminé peut être clôturé&#xa0;; %1 se termine le %2.</translation>
    </message>
    <message>
        <source>There is no institution %1.</source>
        <translation>Il n’y a pas d’établissement %1.</translation>
    </message>
    <message>
        <source>Cannot count the stays: %1</source>
        <translation>Impossible de compter les séjours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot count the incidents: %1</source>
        <translation>Impossible de compter les incidents&#xa0;: %1</translation>
    </message>
    <message>
        <source>The approval could not be saved to disk.</source>
        <translation>L’approbation n’a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The approval is recorded in the name of the person signed in, %1.</source>
        <translation>L’approbation est enregistrée au nom de la personne connectée, %1.</translation>
    </message>
    <message>
        <source>Only a database without accounts names who approves.</source>
        <translation>Seule une base sans comptes indique le nom de qui approuve.</translation>
    </message>
    <message>
        <source>%1 is incomplete, and was not approved. %2 Complete the records, or approve the month as incomplete.</source>
        <translation>%1 est incomplet et n’a pas été approuvé. %2 Complétez les registres, ou approuvez le mois comme incomplet.</translation>
    </message>
</context>
<context>
    <name>MonthlyReports</name>
    <message>
        <source>Figures of the month</source>
        <translation>Chiffres du mois</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>In the house on the first day</source>
        <translation>Dans la maison le premier jour</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <source>Exits: left</source>
        <translation>Sorties&#xa0;: ont quitté la maison</translation>
    </message>
    <message>
        <source>Exits: transferred</source>
        <translation>Sorties&#xa0;: transférés</translation>
    </message>
    <message>
        <source>Exits: placed in a family</source>
        <translation>Sorties&#xa0;: placés en famille</translation>
    </message>
    <message>
        <source>In the house after the last day</source>
        <translation>Dans la maison après le dernier jour</translation>
    </message>
    <message>
        <source>Presence marks: present</source>
        <translation>Pointages de présence&#xa0;: présent</translation>
    </message>
    <message>
        <source>Presence marks: absent</source>
        <translation>Pointages de présence&#xa0;: absent</translation>
    </message>
    <message>
        <source>Presence marks: on leave</source>
        <translation>Pointages de présence&#xa0;: en congé</translation>
    </message>
    <message>
        <source>Presence marks: sick</source>
        <translation>Pointages de présence&#xa0;: malade</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Presence rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Monthly report of %1, %2</source>
        <translation>Rapport mensuel de %1, %2</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>National monthly report, %1</source>
        <translation>Rapport mensuel national, %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Résidents</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Taux d’occupation</translation>
    </message>
    <message>
        <source>Exits</source>
        <translation>Sorties</translation>
    </message>
    <message>
        <source>Cannot read the figures: %1</source>
        <translation>Impossible de lire les chiffres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Totals per region</source>
        <translation>Totaux par région</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Foster care</source>
        <translation>Placement familial</translation>
    </message>
    <message>
        <source>Children placed in families at the end of the month</source>
        <translation>Enfants placés en famille à la fin du mois</translation>
    </message>
    <message>
        <source>Placements started</source>
        <translation>Placements commencés</translation>
    </message>
    <message>
        <source>Placements ended</source>
        <translation>Placements terminés</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>Visites de suivi en retard</translation>
    </message>
    <message>
        <source>Families: %1</source>
        <translation>Familles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Returns: %1</source>
        <translation>Retours&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OwnershipRules</name>
    <message>
        <source>The record %1 of %2 claims to be the ministry&apos;s, but the ministry did not sign it.</source>
        <translation>L’enregistrement %1 de la table %2 se présente comme appartenant au ministère, mais le ministère ne l’a pas signé.</translation>
    </message>
    <message>
        <source>The record %1 of %2 is about a record that is not known here.</source>
        <translation>L’enregistrement %1 de la table %2 porte sur un enregistrement inconnu ici.</translation>
    </message>
    <message>
        <source>Cannot read the record %1 of %2.</source>
        <translation>Impossible de lire l’enregistrement %1 de %2.</translation>
    </message>
</context>
<context>
    <name>PlacementFigures</name>
    <message>
        <source>The figures need a first month before the last.</source>
        <translation>Pour les chiffres, le premier mois doit précéder le dernier.</translation>
    </message>
    <message>
        <source>Cannot read the placements: %1</source>
        <translation>Impossible de lire les placements&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PlacementOutcome</name>
    <message>
        <source>Returned to the family of origin</source>
        <translation>Retour dans la famille d&apos;origine</translation>
    </message>
    <message>
        <source>Kafala or adoption made permanent</source>
        <translation>Kafala ou adoption rendue définitive</translation>
    </message>
    <message>
        <source>Returned to an institution</source>
        <translation>Retour en établissement</translation>
    </message>
    <message>
        <source>Came of age</source>
        <translation>Majorité atteinte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>PlacementStore</name>
    <message>
        <source>The child was not placed.</source>
        <translation>L&apos;enfant n&apos;a pas été placé.</translation>
    </message>
    <message>
        <source>%1 is already placed with the family %2 since %3; end that placement first.</source>
        <translation>L&apos;enfant %1 est déjà placé dans la famille %2 depuis le %3&#xa0;; mettez d&apos;abord fin à ce placement.</translation>
    </message>
    <message>
        <source>The placement starts on a day between the child&apos;s birth and today.</source>
        <translation>Le placement doit commencer entre la naissance de l&apos;enfant et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The family %1 is not approved (it is at “%2”); only approved families receive children.</source>
        <translation>La famille %1 n&apos;est pas agréée (elle est à l&apos;état «&#xa0;%2&#xa0;»)&#xa0;; seules les familles agréées accueillent des enfants.</translation>
    </message>
    <message>
        <source>The approval of the family %1 expired on %2; renew it before placing a child.</source>
        <translation>L&apos;agrément de la famille %1 a expiré le %2&#xa0;; renouvelez-le avant de placer un enfant.</translation>
    </message>
    <message numerus="yes">
        <source>The family %1 is full: %n child(ren) for its capacity of %2.</source>
        <translation>
            <numerusform>La famille %1 est complète&#xa0;: %n enfant pour une capacité d&apos;accueil de %2.</numerusform>
            <numerusform>La famille %1 est complète&#xa0;: %n enfants pour une capacité d&apos;accueil de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The legal basis is kafala or placement_order.</source>
        <translation>Le fondement juridique est kafala ou placement_order.</translation>
    </message>
    <message>
        <source>Give the reference of the kafala decision or of the placement order.</source>
        <translation>Indiquez la référence de la décision de kafala ou de l&apos;ordonnance de placement.</translation>
    </message>
    <message>
        <source>The review date comes after the start.</source>
        <translation>La date de révision doit être postérieure au début du placement.</translation>
    </message>
    <message>
        <source>Visits come every 1 to 12 months.</source>
        <translation>L&apos;intervalle entre les visites va de 1 à 12 mois.</translation>
    </message>
    <message>
        <source>Placed with the family %1 (%2)</source>
        <translation>Placement dans la famille %1 (%2)</translation>
    </message>
    <message>
        <source>The placement could not be saved to disk.</source>
        <translation>Le placement n&apos;a pas pu être enregistré sur le disque.</translation>
    </message>
    <message>
        <source>The placement was not ended.</source>
        <translation>Il n&apos;a pas été mis fin au placement.</translation>
    </message>
    <message>
        <source>It ended on %1 already.</source>
        <translation>Il a déjà pris fin le %1.</translation>
    </message>
    <message>
        <source>The placement ends between its start (%1) and today.</source>
        <translation>La fin du placement doit se situer entre son début (%1) et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The outcome is one of: %1.</source>
        <translation>L&apos;issue est l&apos;une des suivantes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Say why the child returned; the ministry follows the reasons.</source>
        <translation>Indiquez pourquoi l&apos;enfant est retourné&#xa0;; le ministère suit ces motifs.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Le motif dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Name the institution the child returns to.</source>
        <translation>Indiquez l&apos;établissement où retourne l&apos;enfant.</translation>
    </message>
    <message>
        <source>The visit was not saved.</source>
        <translation>La visite n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The visit is dated between the placement&apos;s start (%1) and %2.</source>
        <translation>La visite doit être datée entre le début du placement (%1) et le %2.</translation>
    </message>
    <message>
        <source>Name the social worker who visited.</source>
        <translation>Indiquez le travailleur social qui a effectué la visite.</translation>
    </message>
    <message>
        <source>The child&apos;s wellbeing is good, fair or poor.</source>
        <translation>Le bien-être de l&apos;enfant est good, fair ou poor.</translation>
    </message>
    <message>
        <source>A note is longer than %1 characters.</source>
        <translation>Une note dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The visit could not be saved to disk.</source>
        <translation>La visite n&apos;a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>There is no placement with the id %1.</source>
        <translation>Aucun placement n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Cannot read the placements: %1</source>
        <translation>Impossible de lire les placements&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PresenceState</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <translation>Absent sans autorisation</translation>
    </message>
    <message>
        <source>Away with leave</source>
        <translation>En congé autorisé</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Malade</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>female</comment>
        <translation>Présente</translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <comment>female</comment>
        <translation>Absente sans autorisation</translation>
    </message>
    <message>
        <source>Away with leave</source>
        <comment>female</comment>
        <translation>En congé autorisé</translation>
    </message>
    <message>
        <source>Sick</source>
        <comment>female</comment>
        <translation>Malade</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>male</comment>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent without leave</source>
        <comment>male</comment>
        <translation>Absent sans autorisation</translation>
    </message>
    <message>
        <source>Away with leave</source>
        <comment>male</comment>
        <translation>En congé autorisé</translation>
    </message>
    <message>
        <source>Sick</source>
        <comment>male</comment>
        <translation>Malade</translation>
    </message>
</context>
<context>
    <name>PresenceStore</name>
    <message>
        <source>Cannot read the presence sheet: %1</source>
        <translation>Impossible de lire la feuille de présence&#xa0;: %1</translation>
    </message>
    <message>
        <source>The presence sheet cannot be shown.</source>
        <translation>Impossible d&apos;afficher la feuille de présence.</translation>
    </message>
    <message>
        <source>The day is required (YYYY-MM-DD).</source>
        <translation>Le jour est obligatoire (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The presence sheet was not saved.</source>
        <translation>La feuille de présence n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Presence cannot be marked for a day to come.</source>
        <translation>Impossible de pointer la présence pour un jour à venir.</translation>
    </message>
    <message>
        <source>%1 is marked twice on the sheet.</source>
        <translation>%1 est pointé deux fois sur la feuille.</translation>
    </message>
    <message>
        <source>%1 is not present in this institution; only its present residents can be marked.</source>
        <translation>%1 n&apos;est pas présent dans cet établissement&#xa0;; seuls ses résidents présents peuvent être pointés.</translation>
    </message>
    <message>
        <source>%1 was admitted on %2, after this day.</source>
        <translation>%1 a été admis le %2, après ce jour.</translation>
    </message>
    <message>
        <source>Choose a state for %1 to keep the note.</source>
        <translation>Choisissez un état pour %1 afin de conserver la note.</translation>
    </message>
    <message>
        <source>Unknown state “%1” for %2; use one of %3.</source>
        <translation>État inconnu «&#xa0;%1&#xa0;» pour %2&#xa0;; utilisez l&apos;un des états suivants&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>The note for %1 is longer than %n characters.</source>
        <translation>
            <numerusform>La note de %1 dépasse %n caractère.</numerusform>
            <numerusform>La note de %1 dépasse %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The presence sheet could not be saved to disk.</source>
        <translation>La feuille de présence n&apos;a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The month&apos;s presence cannot be shown.</source>
        <translation>Impossible d&apos;afficher la présence du mois.</translation>
    </message>
    <message>
        <source>The month is from 1 to 12.</source>
        <translation>Le mois est compris entre 1 et 12.</translation>
    </message>
    <message>
        <source>Cannot read the presence marks: %1</source>
        <translation>Impossible de lire les pointages de présence&#xa0;: %1</translation>
    </message>
    <message>
        <source>The month&apos;s presence cannot be counted.</source>
        <translation>Impossible de compter la présence du mois.</translation>
    </message>
    <message>
        <source>Cannot count the presence marks: %1</source>
        <translation>Impossible de compter les pointages de présence&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>Approve</source>
        <translation>Agréer</translation>
    </message>
    <message>
        <source>Approve with conditions</source>
        <translation>Agréer sous conditions</translation>
    </message>
    <message>
        <source>Study further</source>
        <translation>Compléter l&apos;enquête</translation>
    </message>
    <message>
        <source>Do not approve</source>
        <translation>Ne pas agréer</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>%1 is not a kind of record Riaya keeps.</source>
        <translation>%1 n&apos;est pas un type d&apos;enregistrement géré par Riaya.</translation>
    </message>
    <message>
        <source>%1 has no field %2.</source>
        <translation>La table %1 n&apos;a pas de champ %2.</translation>
    </message>
    <message>
        <source>Cannot save the new record in %1: %2</source>
        <translation>Impossible de sauvegarder le nouvel enregistrement dans la table %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no record %1 in %2.</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement %1 dans la table %2.</translation>
    </message>
    <message>
        <source>Cannot save the change to %1: %2</source>
        <translation>Impossible de sauvegarder la modification dans la table %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot record the change for sync: %1</source>
        <translation>Impossible de consigner la modification pour la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>A record of %1 has fields this version of Riaya does not know.</source>
        <translation>Un enregistrement de la table %1 contient des champs que cette version de Riaya ne connaît pas.</translation>
    </message>
    <message>
        <source>A record of %1 has no id, version or origin.</source>
        <translation>Un enregistrement de la table %1 n&apos;a pas d&apos;identifiant, de version ou d&apos;origine.</translation>
    </message>
    <message>
        <source>A record of %1 is neither new nor readable.</source>
        <translation>Un enregistrement de %1 n’est ni nouveau ni lisible.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to another site; its owner cannot change.</source>
        <translation>L’enregistrement %1 de la table %2 appartient à un autre site&#xa0;; son propriétaire ne peut pas changer.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to %3; a record sent as %4&apos;s cannot change its owner.</source>
        <translation>L’enregistrement %1 de la table %2 appartient à %3&#xa0;; un enregistrement envoyé comme appartenant à %4 ne peut pas changer de propriétaire.</translation>
    </message>
    <message>
        <source>The held record %1 of %2 cannot be saved: %3</source>
        <translation>Impossible de sauvegarder l’enregistrement en attente %1 de la table %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot record that this computer&apos;s clock was corrected.</source>
        <translation>Impossible d’enregistrer la correction de l’horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>The record %1 of %2 could not be applied: %3</source>
        <translation>L’enregistrement %1 de la table %2 n’a pas pu être appliqué&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>Cannot write %1: name the file .pdf, .xlsx or .csv to choose its format.</source>
        <translation>Impossible d’écrire %1&#xa0;: terminez le nom du fichier par .pdf, .xlsx ou .csv pour choisir son format.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Nothing to list.</source>
        <translation>Rien à présenter.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the pages could not be drawn</source>
        <translation>les pages n’ont pas pu être dessinées</translation>
    </message>
</context>
<context>
    <name>RequestStore</name>
    <message>
        <source>The transfer request could not be saved to disk.</source>
        <translation>La demande de transfert n’a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The transfer was not asked for.</source>
        <translation>Le transfert n’a pas été demandé.</translation>
    </message>
    <message>
        <source>There is no institution %1.</source>
        <translation>Il n’y a pas d’établissement %1.</translation>
    </message>
    <message>
        <source>This institution is run here: record a transfer between your own institutions instead.</source>
        <translation>Cet établissement est géré ici&#xa0;: enregistrez plutôt un transfert entre vos propres établissements.</translation>
    </message>
    <message>
        <source>Give the reason for the transfer.</source>
        <translation>Indiquez le motif du transfert.</translation>
    </message>
    <message>
        <source>The day of the transfer is required.</source>
        <translation>Le jour du transfert est obligatoire.</translation>
    </message>
    <message>
        <source>A transfer of %1 is already waiting for a decision.</source>
        <translation>Un transfert de %1 attend déjà une décision.</translation>
    </message>
    <message>
        <source>The request for access could not be saved to disk.</source>
        <translation>La demande d’accès n’a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The access was not asked for.</source>
        <translation>L’accès n’a pas été demandé.</translation>
    </message>
    <message>
        <source>The child&apos;s file is not here yet: name the institution of the house that holds it.</source>
        <translation>Le dossier de l’enfant n’est pas encore ici&#xa0;: indiquez l’établissement de la maison qui le détient.</translation>
    </message>
    <message>
        <source>This site holds the child&apos;s file already.</source>
        <translation>Ce site détient déjà le dossier de l’enfant.</translation>
    </message>
    <message>
        <source>Give the reason for the request.</source>
        <translation>Indiquez le motif de la demande.</translation>
    </message>
    <message>
        <source>The proposal could not be saved to disk.</source>
        <translation>La proposition n’a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The change was not proposed.</source>
        <translation>Le changement n’a pas été proposé.</translation>
    </message>
    <message>
        <source>A site proposes changes to the institutions it runs only.</source>
        <translation>Un site ne propose de changements que pour les établissements qu’il gère.</translation>
    </message>
    <message>
        <source>This site trusts no ministry yet: load the ministry&apos;s profile first.</source>
        <translation>Ce site ne fait encore confiance à aucun ministère&#xa0;: chargez d’abord le profil du ministère.</translation>
    </message>
    <message>
        <source>Say why the details change.</source>
        <translation>Indiquez pourquoi les informations changent.</translation>
    </message>
    <message>
        <source>Nothing differs from the details the ministry holds.</source>
        <translation>Rien ne diffère des informations que détient le ministère.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>Il n’y a pas de demande %1.</translation>
    </message>
    <message>
        <source>The request %1 was made by another site; only that site cancels it.</source>
        <translation>La demande %1 a été faite par un autre site&#xa0;; seul ce site peut l’annuler.</translation>
    </message>
    <message>
        <source>The request %1 is addressed to another site (%2); only that site decides it.</source>
        <translation>La demande %1 est adressée à un autre site (%2)&#xa0;; seul ce site peut statuer dessus.</translation>
    </message>
    <message>
        <source>The request %1 was decided already (%2); a decision is final.</source>
        <translation>La demande %1 a déjà été tranchée (%2)&#xa0;; une décision est définitive.</translation>
    </message>
    <message>
        <source>The decision could not be saved to disk.</source>
        <translation>La décision n’a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The transfer was not accepted.</source>
        <translation>Le transfert n’a pas été accepté.</translation>
    </message>
    <message>
        <source>Choose one of the institutions this site runs.</source>
        <translation>Choisissez l’un des établissements que gère ce site.</translation>
    </message>
    <message>
        <source>The request was not refused.</source>
        <translation>La demande n’a pas été refusée.</translation>
    </message>
    <message>
        <source>Say why, for the site that asked.</source>
        <translation>Indiquez le motif, pour le site demandeur.</translation>
    </message>
    <message>
        <source>The request could not be saved to disk.</source>
        <translation>La demande n’a pas pu être enregistrée sur le disque.</translation>
    </message>
</context>
<context>
    <name>ResidentField</name>
    <message>
        <source>First name (Arabic script)</source>
        <translation>Prénom (caractères arabes)</translation>
    </message>
    <message>
        <source>Family name (Arabic script)</source>
        <translation>Nom de famille (caractères arabes)</translation>
    </message>
    <message>
        <source>First name (Latin script)</source>
        <translation>Prénom (caractères latins)</translation>
    </message>
    <message>
        <source>Family name (Latin script)</source>
        <translation>Nom de famille (caractères latins)</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>Nom du père</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>Nom de la mère</translation>
    </message>
    <message>
        <source>Sex (F or M)</source>
        <translation>Sexe (F ou M)</translation>
    </message>
    <message>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>Date de naissance (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>Numéro de la carte nationale d&apos;identité</translation>
    </message>
    <message>
        <source>Massar student code</source>
        <translation>Code Massar de l&apos;élève</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Nom du tuteur</translation>
    </message>
    <message>
        <source>Guardian&apos;s relation to the resident</source>
        <translation>Lien du tuteur avec le résident</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone number</source>
        <translation>Numéro de téléphone du tuteur</translation>
    </message>
    <message>
        <source>Place of origin (commune or douar)</source>
        <translation>Lieu d&apos;origine (commune ou douar)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement scolaire</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>Niveau scolaire</translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation>Notes de santé</translation>
    </message>
</context>
<context>
    <name>ResidentRegistration</name>
    <message>
        <source>The resident could not be saved to disk.</source>
        <translation>Le résident n&apos;a pas pu être enregistré sur le disque.</translation>
    </message>
</context>
<context>
    <name>ResidentRoster</name>
    <message>
        <source>The residents already registered could not be read: %1</source>
        <translation>Les résidents déjà enregistrés n’ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>The same child as row %1 (%2).</source>
        <translation>Le même enfant qu’à la ligne %1 (%2).</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Import depuis %1</translation>
    </message>
    <message>
        <source>%1 has no place left for this child: the rows above fill it.</source>
        <translation>%1 n’a plus de place pour cet enfant : les lignes au-dessus la remplissent.</translation>
    </message>
</context>
<context>
    <name>ResidentSex</name>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
</context>
<context>
    <name>ResidentStatus</name>
    <message>
        <source>Registered, not admitted</source>
        <translation>Inscrit, non encore admis</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>Placed in a family</source>
        <translation>Placé en famille</translation>
    </message>
    <message>
        <source>Registered, not admitted</source>
        <comment>female</comment>
        <translation>Inscrite, non encore admise</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>female</comment>
        <translation>Présente</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>female</comment>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Placed in a family</source>
        <comment>female</comment>
        <translation>Placée en famille</translation>
    </message>
    <message>
        <source>Registered, not admitted</source>
        <comment>male</comment>
        <translation>Inscrit, non encore admis</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>male</comment>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>male</comment>
        <translation>Sorti</translation>
    </message>
    <message>
        <source>Placed in a family</source>
        <comment>male</comment>
        <translation>Placé en famille</translation>
    </message>
</context>
<context>
    <name>ResidentStore</name>
    <message>
        <source>The resident was not saved.</source>
        <translation>Le résident n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>The resident could not be saved to disk.</source>
        <translation>Le résident n&apos;a pas pu être enregistré sur le disque.</translation>
    </message>
    <message>
        <source>The resident could not be removed.</source>
        <translation>Le résident n&apos;a pas pu être supprimé.</translation>
    </message>
    <message>
        <source>There is no resident with the id %1.</source>
        <translation>Aucun résident ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>Cannot read the residents: %1</source>
        <translation>Impossible de lire les résidents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot count the residents: %1</source>
        <translation>Impossible de compter les résidents&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot search the residents: %1</source>
        <translation>Impossible de rechercher parmi les résidents&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Cannot read the conflicts: %1</source>
        <translation>Impossible de lire les conflits&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read the probable duplicates: %1</source>
        <translation>Impossible de lire les doublons probables&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>Il n’y a pas de conflit ouvert n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>The decision could not be saved to disk.</source>
        <translation>La décision n’a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>There is no open probable duplicate %1.</source>
        <translation>Il n’y a pas de doublon probable ouvert n°&#xa0;%1.</translation>
    </message>
    <message>
        <source>The file to keep must be one of the pair %1.</source>
        <translation>Le dossier à garder doit être l’un de ceux de la paire %1.</translation>
    </message>
    <message>
        <source>One of these files was already removed or merged; nothing was changed.</source>
        <translation>L’un de ces dossiers a déjà été supprimé ou fusionné&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The merge could not be saved to disk.</source>
        <translation>La fusion n’a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>These files are not merged any more; nothing was changed.</source>
        <translation>Ces dossiers ne sont plus fusionnés&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The kept file was itself merged or removed since; undo that first. Nothing was changed.</source>
        <translation>Le dossier conservé a lui-même été fusionné ou supprimé depuis&#xa0;; annulez cela d&apos;abord. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no decided probable duplicate %1.</source>
        <translation>Il n&apos;y a pas de doublon probable décidé numéro %1.</translation>
    </message>
    <message>
        <source>This merge was made by an earlier version of Riaya, which did not keep what the kept file took from the other; it cannot be undone. Nothing was changed.</source>
        <translation>Cette fusion a été faite par une version antérieure de Riaya, qui n&apos;a pas gardé ce que le dossier conservé a pris à l&apos;autre&#xa0;; elle ne peut pas être annulée. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>RosterField</name>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admis le</translation>
    </message>
    <message>
        <source>Family reference</source>
        <translation>Référence de la famille</translation>
    </message>
    <message>
        <source>Member&apos;s name</source>
        <translation>Nom du membre</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Member&apos;s birth year</source>
        <translation>Année de naissance du membre</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Chef de famille</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>Say where to save the rows that cannot be imported.</source>
        <translation>Indiquez où enregistrer les lignes qui ne peuvent pas être importées.</translation>
    </message>
    <message>
        <source>The import could not be saved to disk; nothing was imported.</source>
        <translation>L’import n’a pas pu être enregistré sur le disque&#xa0;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>Le fichier ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>No column is given the required fields: %1.</source>
        <translation>Aucune colonne n’est attribuée aux champs obligatoires&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The record could not be saved to disk.</source>
        <translation>L’enregistrement n’a pas pu être écrit sur le disque.</translation>
    </message>
</context>
<context>
    <name>RosterPreview</name>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the members of a family</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Completes a record</source>
        <translation>Complète une fiche</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà là</translation>
    </message>
    <message>
        <source>Has problems</source>
        <translation>A des problèmes</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>RosterProblem</name>
    <message>
        <source>Required value missing</source>
        <translation>Valeur obligatoire manquante</translation>
    </message>
    <message>
        <source>Date that cannot be read</source>
        <translation>Date illisible</translation>
    </message>
    <message>
        <source>Sex not recognised</source>
        <translation>Sexe non reconnu</translation>
    </message>
    <message>
        <source>School level not recognised</source>
        <translation>Niveau scolaire non reconnu</translation>
    </message>
    <message>
        <source>Institution not found</source>
        <translation>Établissement introuvable</translation>
    </message>
    <message>
        <source>Type of institution not recognised</source>
        <translation>Type d’établissement non reconnu</translation>
    </message>
    <message>
        <source>Number that cannot be read</source>
        <translation>Nombre illisible</translation>
    </message>
    <message>
        <source>Value refused by the record&apos;s checks</source>
        <translation>Valeur refusée par les contrôles de l’enregistrement</translation>
    </message>
    <message>
        <source>Same record twice in the file</source>
        <translation>Même enregistrement deux fois dans le fichier</translation>
    </message>
    <message>
        <source>Refused when saved</source>
        <translation>Refusé à l’enregistrement</translation>
    </message>
</context>
<context>
    <name>RosterRejects</name>
    <message>
        <source>Problems to correct</source>
        <translation>Problèmes à corriger</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Lignes non importées</translation>
    </message>
</context>
<context>
    <name>RosterTemplate</name>
    <message>
        <source>Roster</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>RowValues</name>
    <message>
        <source>%1 is required and empty.</source>
        <translation>Le champ %1 est obligatoire mais vide.</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2); write it day/month/year, as 15/03/2012.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date (%2)&#xa0;; écrivez-la jour/mois/année, par exemple 15/03/2012.</translation>
    </message>
    <message>
        <source>“%1” is not a sex (%2); write ذكر or أنثى, M or F.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une valeur de sexe (%2)&#xa0;; écrivez ذكر ou أنثى, M ou F.</translation>
    </message>
    <message>
        <source>“%1” is not a school level Riaya knows (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un niveau scolaire connu de Riaya (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a type of institution Riaya knows (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’établissement connu de Riaya (%2).</translation>
    </message>
    <message>
        <source>No institution of this database is named “%1” (%2); give its name as Riaya lists it, or its id.</source>
        <translation>Aucun établissement de cette base ne s’appelle «&#xa0;%1&#xa0;» (%2)&#xa0;; indiquez son nom tel qu’il figure dans Riaya, ou son identifiant.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre entier (%2).</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni oui ni non (%2).</translation>
    </message>
</context>
<context>
    <name>SchoolDecision</name>
    <message>
        <source>Passed to the next year</source>
        <translation>Admis</translation>
    </message>
    <message>
        <source>Repeats the year</source>
        <translation>Redoublant</translation>
    </message>
    <message>
        <source>Dropped out of school</source>
        <translation>Abandon scolaire</translation>
    </message>
    <message>
        <source>Passed to the next year</source>
        <comment>female</comment>
        <translation>Admise</translation>
    </message>
    <message>
        <source>Repeats the year</source>
        <comment>female</comment>
        <translation>Redoublante</translation>
    </message>
    <message>
        <source>Dropped out of school</source>
        <comment>female</comment>
        <translation>Abandon scolaire</translation>
    </message>
    <message>
        <source>Passed to the next year</source>
        <comment>male</comment>
        <translation>Admis</translation>
    </message>
    <message>
        <source>Repeats the year</source>
        <comment>male</comment>
        <translation>Redoublant</translation>
    </message>
    <message>
        <source>Dropped out of school</source>
        <comment>male</comment>
        <translation>Abandon scolaire</translation>
    </message>
</context>
<context>
    <name>SchoolLevel</name>
    <message>
        <source>Primary, year 1</source>
        <translation>1re année du primaire</translation>
    </message>
    <message>
        <source>Primary, year 2</source>
        <translation>2e année du primaire</translation>
    </message>
    <message>
        <source>Primary, year 3</source>
        <translation>3e année du primaire</translation>
    </message>
    <message>
        <source>Primary, year 4</source>
        <translation>4e année du primaire</translation>
    </message>
    <message>
        <source>Primary, year 5</source>
        <translation>5e année du primaire</translation>
    </message>
    <message>
        <source>Primary, year 6</source>
        <translation>6e année du primaire</translation>
    </message>
    <message>
        <source>Lower secondary, year 1</source>
        <translation>1re année du collège</translation>
    </message>
    <message>
        <source>Lower secondary, year 2</source>
        <translation>2e année du collège</translation>
    </message>
    <message>
        <source>Lower secondary, year 3</source>
        <translation>3e année du collège</translation>
    </message>
    <message>
        <source>Upper secondary, common core</source>
        <translation>Tronc commun</translation>
    </message>
    <message>
        <source>Upper secondary, year 1</source>
        <translation>1re année du baccalauréat</translation>
    </message>
    <message>
        <source>Upper secondary, year 2</source>
        <translation>2e année du baccalauréat</translation>
    </message>
    <message>
        <source>Vocational training</source>
        <translation>Formation professionnelle</translation>
    </message>
    <message>
        <source>Not in school</source>
        <translation>Non scolarisé</translation>
    </message>
</context>
<context>
    <name>SchoolResultStore</name>
    <message>
        <source>There is no resident with the id %1.</source>
        <translation>Aucun résident ne porte l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>The school result was not saved.</source>
        <translation>Le résultat scolaire n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Cannot read the school results: %1</source>
        <translation>Impossible de lire les résultats scolaires&#xa0;: %1</translation>
    </message>
    <message>
        <source>The school result could not be saved to disk.</source>
        <translation>Le résultat scolaire n&apos;a pas pu être enregistré sur le disque.</translation>
    </message>
    <message>
        <source>The success rate cannot be counted.</source>
        <translation>Impossible de calculer le taux de réussite.</translation>
    </message>
    <message>
        <source>Cannot count the school decisions: %1</source>
        <translation>Impossible de compter les décisions de fin d&apos;année&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty.</source>
        <translation>%1&#xa0;: le fichier est vide.</translation>
    </message>
</context>
<context>
    <name>SignedDocument</name>
    <message>
        <source>%1 is not a Riaya document (%2).</source>
        <translation>%1 n&apos;est pas un document Riaya (%2).</translation>
    </message>
    <message>
        <source>%1 is not a %2 document.</source>
        <translation>%1 n&apos;est pas un document %2.</translation>
    </message>
    <message>
        <source>%1 was changed after it was signed, or its signature is damaged.</source>
        <translation>%1 a été modifié après sa signature, ou sa signature est endommagée.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a Riaya document.</source>
        <translation>%1 est trop volumineux pour être un document Riaya.</translation>
    </message>
</context>
<context>
    <name>SiteSetup</name>
    <message>
        <source>%1 is already set up as “%2”; nothing was changed.</source>
        <translation>La base de données %1 est déjà configurée sous le nom «&#xa0;%2&#xa0;»&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The site was not set up.</source>
        <translation>Le site n&apos;a pas été configuré.</translation>
    </message>
    <message>
        <source>The site&apos;s name is required.</source>
        <translation>Le nom du site est obligatoire.</translation>
    </message>
    <message>
        <source>Cannot write the site: %1</source>
        <translation>Impossible d&apos;enregistrer le site&#xa0;: %1</translation>
    </message>
    <message>
        <source>The site could not be saved to disk.</source>
        <translation>Le site n&apos;a pas pu être enregistré sur le disque.</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <source>Cannot count %1: %2</source>
        <translation>Impossible de compter les enregistrements de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot count residents: %1</source>
        <translation>Impossible de compter les résidents&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StayStore</name>
    <message>
        <source>Cannot read the stays: %1</source>
        <translation>Impossible de lire les séjours&#xa0;: %1</translation>
    </message>
    <message>
        <source>The admission was not saved.</source>
        <translation>L&apos;admission n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The admission date is required.</source>
        <translation>La date d&apos;admission est obligatoire.</translation>
    </message>
    <message>
        <source>The admission date cannot be in the future.</source>
        <translation>La date d&apos;admission ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The admission date is before the resident&apos;s birth date.</source>
        <translation>La date d&apos;admission est antérieure à la date de naissance du résident.</translation>
    </message>
    <message>
        <source>%1 is already admitted; record an exit or a transfer.</source>
        <translation>%1 est déjà admis(e)&#xa0;; enregistrez d&apos;abord une sortie ou un transfert.</translation>
    </message>
    <message>
        <source>The admission date is before the end of the previous stay (%1).</source>
        <translation>La date d&apos;admission est antérieure à la fin du séjour précédent (%1).</translation>
    </message>
    <message>
        <source>%1 is full: %2 residents present for %3 places.</source>
        <translation>Plus aucune place libre dans %1&#xa0;: %2 résidents présents pour une capacité de %3.</translation>
    </message>
    <message>
        <source>The exit was not saved.</source>
        <translation>La sortie n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>The resident is not admitted anywhere.</source>
        <translation>Le résident n&apos;est admis dans aucun établissement.</translation>
    </message>
    <message>
        <source>The exit date is required.</source>
        <translation>La date de sortie est obligatoire.</translation>
    </message>
    <message>
        <source>The exit date is before the admission date (%1).</source>
        <translation>La date de sortie est antérieure à la date d&apos;admission (%1).</translation>
    </message>
    <message>
        <source>The exit date cannot be in the future.</source>
        <translation>La date de sortie ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Give the reason for the exit.</source>
        <translation>Indiquez le motif de la sortie.</translation>
    </message>
    <message>
        <source>The admission could not be saved to disk.</source>
        <translation>L&apos;admission n&apos;a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The exit could not be saved to disk.</source>
        <translation>La sortie n&apos;a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>The transfer was not saved.</source>
        <translation>Le transfert n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>The resident is already in this institution.</source>
        <translation>Le résident est déjà dans cet établissement.</translation>
    </message>
    <message>
        <source>The transfer could not be saved to disk.</source>
        <translation>Le transfert n&apos;a pas pu être enregistré sur le disque.</translation>
    </message>
</context>
<context>
    <name>TemplateStore</name>
    <message>
        <source>Cannot read the standards documents: %1</source>
        <translation>Impossible de lire les référentiels de normes&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no standards document with the id %1.</source>
        <translation>Aucun référentiel de normes ne porte l’identifiant %1.</translation>
    </message>
    <message>
        <source>There is no standards document.</source>
        <translation>Il n’y a aucun référentiel de normes.</translation>
    </message>
    <message>
        <source>The standards document was not published.</source>
        <translation>Le référentiel de normes n’a pas été publié.</translation>
    </message>
    <message>
        <source>Standards documents are published by the ministry and reach this site in its bundles.</source>
        <translation>Les référentiels de normes sont publiés par le ministère et parviennent à ce site dans ses paquets.</translation>
    </message>
    <message>
        <source>Edition %1 of “%2” exists already; publish it as edition %3.</source>
        <translation>L’édition %1 de «&#xa0;%2&#xa0;» existe déjà&#xa0;; publiez-la comme édition %3.</translation>
    </message>
    <message>
        <source>The standards document could not be saved to disk.</source>
        <translation>Le référentiel de normes n’a pas pu être enregistré sur le disque.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a standards document: %2</source>
        <translation>%1 n’est pas un référentiel de normes&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TrustStore</name>
    <message>
        <source>%1 does not name a site and its keys.</source>
        <translation>%1 n&apos;indique pas un site et ses clés.</translation>
    </message>
    <message>
        <source>%1 is this database&apos;s own identity.</source>
        <translation>%1 est l&apos;identité propre de cette base de données.</translation>
    </message>
    <message>
        <source>Cannot record the trusted site: %1</source>
        <translation>Impossible d&apos;enregistrer le site de confiance&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ministry hub does not load a ministry profile.</source>
        <translation>La plateforme centrale du ministère ne charge pas de profil du ministère.</translation>
    </message>
    <message>
        <source>This site already trusts the ministry “%1”.</source>
        <translation>Ce site fait déjà confiance au ministère «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Only the ministry hub enrols sites.</source>
        <translation>Seule la plateforme centrale du ministère inscrit des sites.</translation>
    </message>
    <message>
        <source>Cannot read the trusted sites: %1</source>
        <translation>Impossible de lire les sites de confiance&#xa0;: %1</translation>
    </message>
    <message>
        <source>The site %1 is not enrolled here.</source>
        <translation>Le site %1 n&apos;est pas inscrit ici.</translation>
    </message>
    <message>
        <source>%1 carries the revoked key of “%2”. The site must make new keys; nothing was changed.</source>
        <translation>%1 porte la clé révoquée de «&#xa0;%2&#xa0;». Le site doit créer de nouvelles clés&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Only the ministry hub revokes keys.</source>
        <translation>Seul le ministère révoque des clés.</translation>
    </message>
    <message>
        <source>Say why the key is revoked (for example: laptop stolen).</source>
        <translation>Dites pourquoi la clé est révoquée (par exemple&#xa0;: ordinateur volé).</translation>
    </message>
    <message>
        <source>The key of “%1” is already revoked.</source>
        <translation>La clé de «&#xa0;%1&#xa0;» est déjà révoquée.</translation>
    </message>
    <message>
        <source>The revocation could not be saved to disk.</source>
        <translation>La révocation n’a pas pu être enregistrée sur le disque.</translation>
    </message>
    <message>
        <source>%1 carries new keys for “%2”, which is already trusted with other keys. Revoke the old key first (on the Sync screen, or with “riaya-cli keys revoke”); nothing was changed.</source>
        <translation>%1 porte de nouvelles clés pour «&#xa0;%2&#xa0;», déjà reconnu avec d’autres clés. Révoquez d’abord l’ancienne clé (dans l’écran Synchronisation, ou avec «&#xa0;riaya-cli keys revoke&#xa0;»)&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This site has no ministry profile yet; load it first (on the Sync screen, or with “riaya-cli profile load FILE”).</source>
        <translation>Ce site n’a pas encore de profil du ministère&#xa0;; chargez-le d’abord (dans l’écran Synchronisation, ou avec «&#xa0;riaya-cli profile load FICHIER&#xa0;»).</translation>
    </message>
    <message>
        <source>The site&apos;s identity</source>
        <translation>L’identité du site</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>Le mot de passe doit avoir au moins %n caractère.</numerusform>
            <numerusform>Le mot de passe doit avoir au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password must mix letters with digits or other signs.</source>
        <translation>Le mot de passe doit mêler des lettres à des chiffres ou d’autres signes.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>Le mot de passe ne doit pas contenir le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Donnez au moins un rôle au compte.</translation>
    </message>
    <message>
        <source>At least one role is required.</source>
        <translation>Au moins un rôle est obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not a role; the roles are: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un rôle&#xa0;; les rôles sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown role “%1”.</source>
        <translation>Rôle inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>3 to 32 small letters, digits, dots, dashes or underscores.</source>
        <translation>De 3 à 32 minuscules, chiffres, points, tirets ou soulignés.</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>Ce nom d’utilisateur est pris.</translation>
    </message>
    <message>
        <source>The person&apos;s name is required.</source>
        <translation>Le nom de la personne est obligatoire.</translation>
    </message>
    <message>
        <source>The account was not created.</source>
        <translation>Le compte n’a pas été créé.</translation>
    </message>
    <message>
        <source>Not enough memory to protect the password.</source>
        <translation>Pas assez de mémoire pour protéger le mot de passe.</translation>
    </message>
    <message>
        <source>The account could not be saved to disk.</source>
        <translation>Le compte n’a pas pu être enregistré sur le disque.</translation>
    </message>
    <message>
        <source>There is no account “%1”.</source>
        <translation>Il n’y a pas de compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for “%1”: try again in %n minutes.</source>
        <translation>
            <numerusform>Trop de mots de passe erronés pour «&#xa0;%1&#xa0;»&#xa0;: réessayez dans %n minute.</numerusform>
            <numerusform>Trop de mots de passe erronés pour «&#xa0;%1&#xa0;»&#xa0;: réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The failed attempt could not be recorded.</source>
        <translation>La tentative échouée n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d’utilisateur ou mot de passe erroné.</translation>
    </message>
    <message>
        <source>The account “%1” is disabled; ask an administrator.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est désactivé&#xa0;; adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded.</source>
        <translation>La connexion n’a pas pu être enregistrée.</translation>
    </message>
    <message>
        <source>Sign in to change your password.</source>
        <translation>Connectez-vous pour changer votre mot de passe.</translation>
    </message>
    <message>
        <source>The current password is wrong; nothing was changed.</source>
        <translation>Le mot de passe actuel est erroné&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The password could not be saved to disk.</source>
        <translation>Le mot de passe n’a pas pu être enregistré sur le disque.</translation>
    </message>
    <message>
        <source>“%1” is the last administrator: make another one first.</source>
        <translation>«&#xa0;%1&#xa0;» est le dernier administrateur&#xa0;: créez-en d’abord un autre.</translation>
    </message>
    <message>
        <source>The lock time must be between 1 and 240 minutes.</source>
        <translation>Le délai de verrouillage doit être entre 1 et 240 minutes.</translation>
    </message>
    <message>
        <source>The setting could not be saved to disk.</source>
        <translation>Le réglage n’a pas pu être enregistré sur le disque.</translation>
    </message>
    <message>
        <source>The first account must be an administrator.</source>
        <translation>Le premier compte doit être un administrateur.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message numerus="yes">
        <source>At most %n characters.</source>
        <translation>
            <numerusform>%n caractère au maximum.</numerusform>
            <numerusform>%n caractères au maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use Latin letters in this field (the Arabic spelling has its own field).</source>
        <translation>Utilisez des lettres latines dans ce champ (l&apos;écriture en arabe a son propre champ).</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Le prénom est obligatoire.</translation>
    </message>
    <message>
        <source>The family name is required.</source>
        <translation>Le nom de famille est obligatoire.</translation>
    </message>
    <message>
        <source>Choose female (F) or male (M).</source>
        <translation>Choisissez féminin (F) ou masculin (M).</translation>
    </message>
    <message>
        <source>The birth date is required (YYYY-MM-DD).</source>
        <translation>La date de naissance est obligatoire (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message numerus="yes">
        <source>The birth date makes the resident older than %n years; check the year.</source>
        <translation>
            <numerusform>Selon la date de naissance, le résident aurait plus de %n an&#xa0;; vérifiez l&apos;année.</numerusform>
            <numerusform>Selon la date de naissance, le résident aurait plus de %n ans&#xa0;; vérifiez l&apos;année.</numerusform>
        </translation>
    </message>
    <message>
        <source>A Massar code is one letter followed by nine digits, for example G123456789.</source>
        <translation>Un code Massar se compose d&apos;une lettre suivie de neuf chiffres, par exemple G123456789.</translation>
    </message>
    <message>
        <source>A national identifier has 5 to 20 letters and digits, without spaces.</source>
        <translation>Un numéro d&apos;identité nationale comporte de 5 à 20 lettres et chiffres, sans espaces.</translation>
    </message>
    <message>
        <source>A phone number has 7 to 20 digits, optionally starting with +.</source>
        <translation>Un numéro de téléphone comporte de 7 à 20 chiffres, éventuellement précédés de +.</translation>
    </message>
    <message>
        <source>Unknown school level “%1”; use one of %2.</source>
        <translation>Niveau scolaire inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un des niveaux suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The institution&apos;s name is required.</source>
        <translation>Le nom de l&apos;établissement est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown kind of institution “%1”; use one of %2.</source>
        <translation>Type d&apos;établissement inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un des types suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The capacity is a number of beds from 1 to 5000.</source>
        <translation>La capacité est un nombre de lits compris entre 1 et 5000.</translation>
    </message>
    <message>
        <source>Write the school year as two years, for example 2025-2026.</source>
        <translation>Écrivez l&apos;année scolaire sous la forme de deux années, par exemple 2025-2026.</translation>
    </message>
    <message>
        <source>A school year spans two consecutive years, for example 2025-2026.</source>
        <translation>Une année scolaire s&apos;étend sur deux années consécutives, par exemple 2025-2026.</translation>
    </message>
    <message>
        <source>The school year %1 has not started yet.</source>
        <translation>L&apos;année scolaire %1 n&apos;a pas encore commencé.</translation>
    </message>
    <message>
        <source>The school year starts before 2000; check the year.</source>
        <translation>L&apos;année scolaire commence avant 2000&#xa0;; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>The term is 1, 2 or 3.</source>
        <translation>Le trimestre est 1, 2 ou 3.</translation>
    </message>
    <message>
        <source>An average is out of 20: from 0 to 20.</source>
        <translation>Une moyenne est sur 20&#xa0;: de 0 à 20.</translation>
    </message>
    <message>
        <source>Unknown decision “%1”; use one of %2.</source>
        <translation>Décision inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;une des décisions suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The date of the incident is required (YYYY-MM-DD).</source>
        <translation>La date de l&apos;incident est obligatoire (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>The date of the incident cannot be in the future.</source>
        <translation>La date de l&apos;incident ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date of the incident is before 2000; check the year.</source>
        <translation>La date de l&apos;incident est antérieure à 2000&#xa0;; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>Unknown kind of incident “%1”; use one of %2.</source>
        <translation>Type d&apos;incident inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un des types suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Décrivez ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>A voided incident needs the time it was voided.</source>
        <translation>Un incident invalidé doit porter l’heure de son invalidation.</translation>
    </message>
    <message>
        <source>Name who voided the incident.</source>
        <translation>Indiquez qui a invalidé l’incident.</translation>
    </message>
    <message>
        <source>Say why the incident is voided.</source>
        <translation>Indiquez pourquoi l’incident est invalidé.</translation>
    </message>
    <message>
        <source>Whom the house receives is F (girls), M (boys) or empty (both).</source>
        <translation>Le public de la maison est F (filles), M (garçons) ou vide (les deux).</translation>
    </message>
</context>
<context>
    <name>Wellbeing</name>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Mauvais</translation>
    </message>
</context>
<context>
    <name>WriteScope</name>
    <message>
        <source>The record %1 of %2 belongs to %3 %4, which is not known here; it comes before its own parent or names one that does not exist.</source>
        <translation>L’enregistrement %1 de la table %2 appartient à l’enregistrement %4 de la table %3, inconnu ici&#xa0;; il arrive avant son propre parent ou en désigne un qui n’existe pas.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to %3 %4 of another site (%5), which granted this site nothing of the kind; a site may not add records to what another site owns.</source>
        <translation>L’enregistrement %1 de la table %2 appartient à l’enregistrement %4 de la table %3 d’un autre site (%5), qui n’a accordé à ce site aucune autorisation de ce type&#xa0;; un site ne peut pas ajouter d’enregistrements à ce qu’un autre site possède.</translation>
    </message>
    <message>
        <source>The request %1 (%2) is refused: %3</source>
        <translation>La demande %1 (%2) est refusée&#xa0;: %3</translation>
    </message>
    <message>
        <source>it was decided already, and a decision is final.</source>
        <translation>elle a déjà été tranchée, et une décision est définitive.</translation>
    </message>
    <message>
        <source>only its state and decision may change once it is made.</source>
        <translation>une fois faite, seuls son état et sa décision peuvent changer.</translation>
    </message>
    <message>
        <source>only the site it is addressed to decides it, and only the site that made it cancels it.</source>
        <translation>seul le site auquel elle est adressée statue dessus, et seul le site qui l’a faite l’annule.</translation>
    </message>
    <message>
        <source>a site makes requests in its own name only.</source>
        <translation>un site ne fait de demandes qu’en son propre nom.</translation>
    </message>
    <message>
        <source>a new request cannot be decided already.</source>
        <translation>une nouvelle demande ne peut pas être déjà tranchée.</translation>
    </message>
    <message>
        <source>a site proposes changes to its own institution, to the ministry.</source>
        <translation>un site ne propose de changements que pour son propre établissement, et au ministère.</translation>
    </message>
    <message>
        <source>transfers and access are asked for a child&apos;s file.</source>
        <translation>les transferts et les accès se demandent pour le dossier d’un enfant.</translation>
    </message>
    <message>
        <source>only the site that holds a child&apos;s file (%1) asks to transfer it.</source>
        <translation>seul le site qui détient le dossier de l’enfant (%1) en demande le transfert.</translation>
    </message>
    <message>
        <source>access is asked of the site that holds the child&apos;s file (%1).</source>
        <translation>l’accès se demande au site qui détient le dossier de l’enfant (%1).</translation>
    </message>
    <message>
        <source>The grant %1 is refused: only the ministry grants access to an institution.</source>
        <translation>L’autorisation %1 est refusée&#xa0;: seul le ministère accorde l’accès à un établissement.</translation>
    </message>
    <message>
        <source>The grant %1 is refused: only the site that holds a child&apos;s file (%2) grants access to it.</source>
        <translation>L’autorisation %1 est refusée&#xa0;: seul le site qui détient le dossier de l’enfant (%2) y accorde l’accès.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to another site (%3); a site makes records in its own name only.</source>
        <translation>L’enregistrement %1 de la table %2 appartient à un autre site (%3)&#xa0;; un site ne crée d’enregistrements qu’en son propre nom.</translation>
    </message>
    <message>
        <source>The details of the institution %1 are the ministry&apos;s: a site proposes a change, which the ministry accepts or refuses.</source>
        <translation>Les informations de l’établissement %1 relèvent du ministère&#xa0;: un site propose un changement, que le ministère accepte ou refuse.</translation>
    </message>
    <message>
        <source>The record %1 of %2 belongs to another site (%3), which granted this site no change to %4.</source>
        <translation>L’enregistrement %1 de la table %2 appartient à un autre site (%3), qui n’a pas autorisé ce site à modifier %4.</translation>
    </message>
</context>
<context>
    <name>XlsSheet</name>
    <message>
        <source>%1 is damaged: its cells cannot be read.</source>
        <translation>%1 est endommagé&#xa0;: ses cellules ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>%1 is protected by a password: open it in Excel or LibreOffice, remove the password and save it again.</source>
        <translation>%1 est protégé par un mot de passe&#xa0;: ouvrez-le dans Excel ou LibreOffice, retirez le mot de passe et enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: it does not exist or cannot be read.</source>
        <translation>Impossible d’ouvrir %1&#xa0;: il n’existe pas ou ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is not an Excel 97-2003 workbook.</source>
        <translation>%1 n’est pas un classeur Excel 97-2003.</translation>
    </message>
    <message>
        <source>%1 is too large to be read: not enough memory.</source>
        <translation>%1 est trop volumineux pour être lu&#xa0;: mémoire insuffisante.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read as an Excel 97-2003 workbook.</source>
        <translation>%1 est endommagé et ne peut pas être lu comme un classeur Excel 97-2003.</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 ne contient aucune feuille de calcul.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; its sheets are: %3.</source>
        <translation>%1 n’a pas de feuille nommée «&#xa0;%2&#xa0;»&#xa0;; ses feuilles sont&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>XlsxExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>the workbook could not be started</source>
        <translation>le classeur n’a pas pu être créé</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>a sheet holds at most 1,048,576 rows and 16,384 columns</source>
        <translation>une feuille contient au plus 1&#xa0;048&#xa0;576 lignes et 16&#xa0;384 colonnes</translation>
    </message>
    <message>
        <source>the finished file could not replace it</source>
        <translation>le fichier terminé n’a pas pu le remplacer</translation>
    </message>
    <message>
        <source>Table %1</source>
        <translation>Tableau %1</translation>
    </message>
</context>
<context>
    <name>XlsxSheet</name>
    <message>
        <source>%1 is damaged: the part %2 named by the workbook is missing.</source>
        <translation>%1 est endommagé&#xa0;: la partie %2 citée par le classeur est absente.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 is truncated or corrupt.</source>
        <translation>%1 est endommagé&#xa0;: la partie %2 est tronquée ou corrompue.</translation>
    </message>
    <message>
        <source>%1 is damaged: the part %2 is not well-formed XML (line %3: %4).</source>
        <translation>%1 est endommagé&#xa0;: la partie %2 n’est pas un XML bien formé (ligne %3&#xa0;: %4).</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an Excel workbook: it has no xl/workbook.xml.</source>
        <translation>%1 est une archive zip mais pas un classeur Excel&#xa0;: il n’a pas de xl/workbook.xml.</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 ne contient aucune feuille de calcul.</translation>
    </message>
    <message>
        <source>%1 is damaged: sheet %2 refers to a shared string that does not exist.</source>
        <translation>%1 est endommagé&#xa0;: la feuille %2 renvoie à une chaîne partagée qui n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be read as an Excel workbook: it is not a zip file, or it is truncated.</source>
        <translation>%1 ne peut pas être lu comme un classeur Excel&#xa0;: ce n’est pas une archive zip, ou il est tronqué.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; its sheets are: %3.</source>
        <translation>%1 n’a pas de feuille nommée «&#xa0;%2&#xa0;»&#xa0;; ses feuilles sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: the part %2 of this workbook is larger than Riaya reads (%3 MiB); it is damaged or not a roster.</source>
        <translation>%1 : la partie %2 de ce classeur dépasse ce que Riaya lit (%3 Mio) ; il est endommagé ou n’est pas une liste.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Riaya cannot open the database</source>
        <translation>Riaya ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>%1 is not set up yet; run “riaya-cli --db %1 init” first.</source>
        <translation>La base de données %1 n&apos;est pas encore initialisée&#xa0;; exécutez d&apos;abord «&#xa0;riaya-cli --db %1 init&#xa0;».</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n’a pas été restaurée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The backup is in place. The database it replaced is kept as %1.</source>
        <translation>La sauvegarde est en place. La base remplacée est gardée sous %1.</translation>
    </message>
    <message>
        <source>Only an administrator restores a backup over this database.</source>
        <translation>Seul un administrateur restaure une sauvegarde à la place de cette base.</translation>
    </message>
</context>
<context>
    <name>riaya::AcceptRequestDialog</name>
    <message>
        <source>&amp;Received in:</source>
        <translation>&amp;Accueilli dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last day of the access (optional):</source>
        <translation>&amp;Dernier jour de l’accès (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Note for the site that asked (optional):</source>
        <translation>&amp;Note pour le site demandeur (facultative)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Accept the request</source>
        <translation>&amp;Accepter la demande</translation>
    </message>
    <message>
        <source>Accept a request</source>
        <translation>Accepter une demande</translation>
    </message>
</context>
<context>
    <name>riaya::Access</name>
    <message>
        <source>reading residents&apos; files</source>
        <translation>la lecture des dossiers des résidents</translation>
    </message>
    <message>
        <source>changing residents&apos; files and stays</source>
        <translation>la modification des dossiers et séjours des résidents</translation>
    </message>
    <message>
        <source>reading health notes</source>
        <translation>la lecture des notes de santé</translation>
    </message>
    <message>
        <source>marking presence</source>
        <translation>la saisie des présences</translation>
    </message>
    <message>
        <source>recording school results</source>
        <translation>la saisie des résultats scolaires</translation>
    </message>
    <message>
        <source>reading incidents</source>
        <translation>la lecture des incidents</translation>
    </message>
    <message>
        <source>recording incidents</source>
        <translation>la saisie des incidents</translation>
    </message>
    <message>
        <source>closing the month</source>
        <translation>la clôture du mois</translation>
    </message>
    <message>
        <source>exporting bundles</source>
        <translation>l’export des paquets</translation>
    </message>
    <message>
        <source>importing bundles</source>
        <translation>l’import des paquets</translation>
    </message>
    <message>
        <source>importing the ministry&apos;s bundles</source>
        <translation>l’import des paquets du ministère</translation>
    </message>
    <message>
        <source>deciding conflicts and duplicates</source>
        <translation>la décision sur les conflits et doublons</translation>
    </message>
    <message>
        <source>managing institutions</source>
        <translation>la gestion des établissements</translation>
    </message>
    <message>
        <source>managing keys and trusted sites</source>
        <translation>la gestion des clés et des sites reconnus</translation>
    </message>
    <message>
        <source>managing user accounts</source>
        <translation>la gestion des comptes utilisateurs</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>la lecture du journal d’audit</translation>
    </message>
    <message>
        <source>making backups</source>
        <translation>la création de sauvegardes</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>la restauration d’une sauvegarde</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>superviseur</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>inspecteur</translation>
    </message>
    <message>
        <source>social worker</source>
        <translation>travailleur social</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>agent</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>reading inspections</source>
        <translation>la lecture des inspections</translation>
    </message>
    <message>
        <source>conducting inspections</source>
        <translation>la conduite des inspections</translation>
    </message>
    <message>
        <source>managing the standards documents</source>
        <translation>la gestion des référentiels de normes</translation>
    </message>
    <message>
        <source>reading foster families and placements</source>
        <translation>la consultation des familles d&apos;accueil et des placements</translation>
    </message>
    <message>
        <source>managing foster families and placements</source>
        <translation>la gestion des familles d&apos;accueil et des placements</translation>
    </message>
    <message>
        <source>recording the progress of corrective actions</source>
        <translation>l’enregistrement de l’avancement des actions correctives</translation>
    </message>
</context>
<context>
    <name>riaya::ActionDialog</name>
    <message>
        <source>Finding:</source>
        <translation>Constatation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What must be done:</source>
        <translation>&amp;Ce qui doit être fait&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due by:</source>
        <translation>&amp;Date limite&#xa0;:</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
</context>
<context>
    <name>riaya::AssignInspectorDialog</name>
    <message>
        <source>With its next answer bundle, the inspector&apos;s site receives the institution, its inspections and its open actions, and may inspect it.</source>
        <translation>Avec son prochain paquet de réponse, le site de l’inspecteur reçoit l’établissement, ses inspections et ses actions ouvertes, et peut l’inspecter.</translation>
    </message>
    <message>
        <source>&amp;Inspector&apos;s site:</source>
        <translation>&amp;Site de l’inspecteur&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;nstitution to inspect:</source>
        <translation>É&amp;tablissement à inspecter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Motif (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last day (optional):</source>
        <translation>&amp;Dernier jour (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Affecter</translation>
    </message>
    <message>
        <source>Assign an inspector</source>
        <translation>Affecter un inspecteur</translation>
    </message>
    <message>
        <source>Choose an enrolled site from the list.</source>
        <translation>Choisissez un site enregistré dans la liste.</translation>
    </message>
    <message>
        <source>Choose an institution from the list.</source>
        <translation>Choisissez un établissement dans la liste.</translation>
    </message>
</context>
<context>
    <name>riaya::AuditPage</name>
    <message>
        <source>The audit log is intact: %1 entries, none changed, removed or reordered.</source>
        <translation>Le journal d’audit est intact&#xa0;: %1 entrées, aucune modifiée, supprimée ou déplacée.</translation>
    </message>
    <message>
        <source>THE AUDIT LOG IS BROKEN at entry %1: %2 Someone changed the history or the file is damaged. Tell the ministry and keep this computer as it is.</source>
        <translation>LE JOURNAL D’AUDIT EST ROMPU à l’entrée %1&#xa0;: %2 Quelqu’un a modifié l’historique ou le fichier est endommagé. Prévenez le ministère et laissez cet ordinateur en l’état.</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>A record&apos;s id, or a kind such as residents; Enter to search</source>
        <translation>L’identifiant d’un enregistrement, ou un type comme residents&#xa0;; Entrée pour chercher</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Keys made</source>
        <translation>Clés créées</translation>
    </message>
    <message>
        <source>Keys replaced</source>
        <translation>Clés remplacées</translation>
    </message>
    <message>
        <source>Site trusted</source>
        <translation>Site reconnu</translation>
    </message>
    <message>
        <source>New keys trusted</source>
        <translation>Nouvelles clés reconnues</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Bundle imported</source>
        <translation>Paquet importé</translation>
    </message>
    <message>
        <source>Conflict decided</source>
        <translation>Conflit tranché</translation>
    </message>
    <message>
        <source>Files merged</source>
        <translation>Dossiers fusionnés</translation>
    </message>
    <message>
        <source>Different children</source>
        <translation>Enfants différents</translation>
    </message>
    <message>
        <source>Keys rotated</source>
        <translation>Clés renouvelées</translation>
    </message>
    <message>
        <source>Ministry&apos;s new keys trusted</source>
        <translation>Nouvelles clés du ministère reconnues</translation>
    </message>
</context>
<context>
    <name>riaya::BackupPanel</name>
    <message>
        <source>Backups go to %1; %2 of each kind are kept. One is made every day Riaya is opened, and before every import.</source>
        <translation>Les sauvegardes vont dans %1&#xa0;; %2 de chaque type sont gardées. Une est faite chaque jour où Riaya est ouvert, et avant chaque import.</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>Backup written, but THE AUDIT LOG IS BROKEN: %1. Tell the ministry.</source>
        <translation>Sauvegarde écrite, mais LE JOURNAL D’AUDIT EST ROMPU&#xa0;: %1. Prévenez le ministère.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Sauvegarde écrite dans %1.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Riaya backups (*.backup)</source>
        <translation>Sauvegardes Riaya (*.backup)</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backup &amp;folder…</source>
        <translation>&amp;Dossier de sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>daily</source>
        <comment>kind of backup</comment>
        <translation>quotidienne</translation>
    </message>
</context>
<context>
    <name>riaya::ConflictsTab</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No conflict waits for a decision.</source>
        <translation>Aucun conflit n’attend de décision.</translation>
    </message>
    <message>
        <source>Changed here and at %1 since the last exchange: the later change is in force, the other is shown beside it.</source>
        <translation>Modifié ici et à %1 depuis le dernier échange&#xa0;: la modification la plus récente s’applique, l’autre est affichée à côté.</translation>
    </message>
    <message>
        <source>An older version from %1 arrived after this one was changed here.</source>
        <translation>Une version plus ancienne de %1 est arrivée après la modification de celle-ci ici.</translation>
    </message>
    <message>
        <source>The other version is now in force; it travels like any change.</source>
        <translation>L’autre version s’applique désormais&#xa0;; elle circule comme toute modification.</translation>
    </message>
    <message>
        <source>The version in force stays.</source>
        <translation>La version en vigueur reste.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Other version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <source>&amp;Keep the version in force</source>
        <translation>&amp;Garder la version en vigueur</translation>
    </message>
    <message>
        <source>&amp;Take the other version</source>
        <translation>&amp;Prendre l’autre version</translation>
    </message>
    <message numerus="yes">
        <source>This version from %1 was stamped by a clock %n days ahead (its computer&apos;s clock is wrong): it waits here and wins over nothing. Taking it stores it stamped with this computer&apos;s time.</source>
        <translation>
            <numerusform>Cette version de %1 a été horodatée par une horloge en avance de %n jour (l’horloge de son ordinateur est fausse)&#xa0;: elle attend ici et ne l’emporte sur rien. La prendre l’enregistre horodatée à l’heure de cet ordinateur.</numerusform>
            <numerusform>Cette version de %1 a été horodatée par une horloge en avance de %n jours (l’horloge de son ordinateur est fausse)&#xa0;: elle attend ici et ne l’emporte sur rien. La prendre l’enregistre horodatée à l’heure de cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflict waits for a decision. A record changed at two places at once appears here, with both versions side by side.</source>
        <translation>Aucun conflit n’attend de décision. Un dossier modifié à deux endroits à la fois apparaît ici, avec les deux versions côte à côte.</translation>
    </message>
</context>
<context>
    <name>riaya::CorrectiveAction</name>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
</context>
<context>
    <name>riaya::DateDisplay</name>
    <message>
        <source>%1 AH</source>
        <extracomment>A date of the Hijri calendar, %1 being day/month/year</extracomment>
        <translation>%1 H</translation>
    </message>
</context>
<context>
    <name>riaya::DateField</name>
    <message>
        <source>Write a date (day/month/year) or choose it in the calendar.</source>
        <translation>Écrivez une date (jour/mois/année) ou choisissez-la dans le calendrier.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write day/month/year, for example %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;: écrivez jour/mois/année, par exemple %2.</translation>
    </message>
    <message>
        <source>Choose a date on or before %1.</source>
        <translation>Choisissez une date au plus tard le %1.</translation>
    </message>
    <message>
        <source>Choose a date on or after %1.</source>
        <translation>Choisissez une date au plus tôt le %1.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>Choose in the calendar (Alt+Down)</source>
        <translation>Choisir dans le calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
</context>
<context>
    <name>riaya::DuplicatePanel</name>
    <message>
        <source>%1 (%2), born %3, %4 — %5% alike</source>
        <translation>%1 (%2), né(e) le %3, %4 — %5&#xa0;% de ressemblance</translation>
    </message>
    <message>
        <source>This child may already be registered. Open the existing file rather than making a second one, unless this is another child.</source>
        <translation>Cet enfant est peut-être déjà inscrit. Ouvrez le dossier existant plutôt que d&apos;en créer un second, sauf s&apos;il s&apos;agit d&apos;un autre enfant.</translation>
    </message>
    <message>
        <source>&amp;Open the existing file</source>
        <translation>&amp;Ouvrir le dossier existant</translation>
    </message>
    <message>
        <source>&amp;Register as another child</source>
        <translation>&amp;Inscrire comme un autre enfant</translation>
    </message>
</context>
<context>
    <name>riaya::DuplicatesTab</name>
    <message>
        <source>%1 — %2 (%3% alike)</source>
        <translation>%1 — %2 (ressemblance %3&#xa0;%)</translation>
    </message>
    <message>
        <source>Recorded: two different children. Both files stay.</source>
        <translation>Enregistré&#xa0;: deux enfants différents. Les deux dossiers restent.</translation>
    </message>
    <message>
        <source>Merged: one file now holds the records of both.</source>
        <translation>Fusionné&#xa0;: un seul dossier contient désormais les enregistrements des deux.</translation>
    </message>
    <message>
        <source>Merge two files</source>
        <translation>Fusionner deux dossiers</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>First file</source>
        <translation>Premier dossier</translation>
    </message>
    <message>
        <source>Second file</source>
        <translation>Second dossier</translation>
    </message>
    <message>
        <source>&amp;Different children</source>
        <translation>Enfants &amp;différents</translation>
    </message>
    <message>
        <source>Same child: keep the &amp;first file</source>
        <translation>Même enfant&#xa0;: garder le &amp;premier dossier</translation>
    </message>
    <message>
        <source>Same child: keep the &amp;second file</source>
        <translation>Même enfant&#xa0;: garder le &amp;second dossier</translation>
    </message>
    <message>
        <source>These two files will become one: the first file stays, takes the second&apos;s details where it has none, and shows the stays, presence and results of both. The second file is closed. Merge them?</source>
        <translation>Ces deux dossiers n’en feront plus qu’un&#xa0;: le premier reste, reprend du second les informations qui lui manquent et montre les séjours, présences et résultats des deux. Le second est fermé. Les fusionner&#xa0;?</translation>
    </message>
    <message>
        <source>These two files will become one: the second file stays, takes the first&apos;s details where it has none, and shows the stays, presence and results of both. The first file is closed. Merge them?</source>
        <translation>Ces deux dossiers n’en feront plus qu’un&#xa0;: le second reste, reprend du premier les informations qui lui manquent et montre les séjours, présences et résultats des deux. Le premier est fermé. Les fusionner&#xa0;?</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>father&apos;s name</source>
        <translation>nom du père</translation>
    </message>
    <message>
        <source>mother&apos;s name</source>
        <translation>nom de la mère</translation>
    </message>
    <message>
        <source>Massar code</source>
        <translation>code Massar</translation>
    </message>
    <message>
        <source>national identity number</source>
        <translation>numéro de la carte nationale</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the fields of a list</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Alike: %1.</source>
        <translation>Identiques&#xa0;: %1.</translation>
    </message>
    <message>
        <source>One typing mistake apart: %1.</source>
        <translation>À une faute de frappe près&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Different: %1.</source>
        <translation>Différents&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The first and family names are typed in each other&apos;s place.</source>
        <translation>Le prénom et le nom de famille sont saisis l&apos;un à la place de l&apos;autre.</translation>
    </message>
    <message>
        <source>%1 — %2: merged on %3</source>
        <translation>%1 — %2&#xa0;: fusionnés le %3</translation>
    </message>
    <message>
        <source>%1 — %2: two children, decided on %3</source>
        <translation>%1 — %2&#xa0;: deux enfants, décidé le %3</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>Aucune décision pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No probable duplicates wait for a decision.</source>
        <translation>Aucun doublon probable n&apos;attend de décision.</translation>
    </message>
    <message>
        <source>Undone: the pair waits for a decision again.</source>
        <translation>Annulé&#xa0;: la paire attend de nouveau une décision.</translation>
    </message>
    <message>
        <source>Changed since the merge, these details stay in the kept file: %1.</source>
        <translation>Modifiés depuis la fusion, ces renseignements restent dans le dossier conservé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The two files will be separate again: the closed file opens again with its own details, stays, presence and results, and the kept file gives back the details it took from it, except those changed since. The pair then waits for a decision again. Undo the merge?</source>
        <translation>Les deux dossiers seront de nouveau séparés&#xa0;: le dossier fermé est rouvert avec ses propres renseignements, séjours, présences et résultats, et le dossier conservé rend les renseignements qu&apos;il lui avait pris, sauf ceux modifiés depuis. La paire attend ensuite de nouveau une décision. Annuler la fusion&#xa0;?</translation>
    </message>
    <message>
        <source>The pair will wait for a decision again. Undo the decision?</source>
        <translation>La paire attendra de nouveau une décision. Annuler la décision&#xa0;?</translation>
    </message>
    <message>
        <source>Undo a decision</source>
        <translation>Annuler une décision</translation>
    </message>
    <message>
        <source>No possible duplicate waits for a decision. Files that seem to be the same child appear here as the bundles of the houses arrive.</source>
        <translation>Aucun doublon possible n’attend de décision. Les dossiers qui semblent être ceux d’un même enfant apparaissent ici à l’arrivée des paquets des maisons.</translation>
    </message>
    <message>
        <source>&amp;Undo this decision</source>
        <translation>&amp;Annuler cette décision</translation>
    </message>
    <message>
        <source>Show the pairs already decided</source>
        <translation>Afficher les paires déjà décidées</translation>
    </message>
</context>
<context>
    <name>riaya::ExportListButton</name>
    <message>
        <source>The list was written to %1.</source>
        <translation>La liste a été écrite dans %1.</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files, for any spreadsheet (*.csv)</source>
        <translation>Fichiers CSV, pour tout tableur (*.csv)</translation>
    </message>
    <message>
        <source>PDF documents, to print (*.pdf)</source>
        <translation>Documents PDF, à imprimer (*.pdf)</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>riaya::FamiliesPage</name>
    <message>
        <source>none yet</source>
        <translation>aucune pour le moment</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message numerus="yes">
        <source>Placements (%n visit(s) overdue)</source>
        <translation>
            <numerusform>Placements (%n visite en retard)</numerusform>
            <numerusform>Placements (%n visites en retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>Active placements</source>
        <translation>Placements en cours</translation>
    </message>
    <message>
        <source>Follow-up visits overdue</source>
        <translation>Visites de suivi en retard</translation>
    </message>
    <message>
        <source>Families: %1</source>
        <translation>Familles&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: started / ended</source>
        <translation>%1&#xa0;: placements commencés / terminés</translation>
    </message>
    <message>
        <source>Return — %1: %2</source>
        <translation>Retour — %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Foster families</source>
        <translation>Familles d&apos;accueil</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>Familles</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Search by name, in Arabic or Latin letters</source>
        <translation>Rechercher par nom, en lettres arabes ou latines</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Inscrire une famille…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the &amp;placement</source>
        <translation>Ouvrir le &amp;placement</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>Chefs de famille</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>Date de placement</translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation>Dernière visite</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>Prochaine visite prévue</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>No family matches “%1”. Check the spelling, try the name in the other script, or press Esc to see them all.</source>
        <translation>Aucune famille ne correspond à «&#xa0;%1&#xa0;». Vérifiez l’orthographe, essayez le nom dans l’autre écriture, ou appuyez sur Échap pour les voir toutes.</translation>
    </message>
    <message>
        <source>No family is in the state “%1”.</source>
        <translation>Aucune famille n’est à l’état «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No foster family yet. Register the first one with “New family…”.</source>
        <translation>Aucune famille d’accueil pour l’instant. Inscrivez la première avec «&#xa0;Inscrire une famille…&#xa0;».</translation>
    </message>
    <message>
        <source>No foster family is registered yet.</source>
        <translation>Aucune famille d’accueil n’est encore inscrite.</translation>
    </message>
    <message>
        <source>No child is placed with a family. Open an approved family and place a child from its Placements tab.</source>
        <translation>Aucun enfant n’est placé dans une famille. Ouvrez une famille agréée et placez un enfant depuis son onglet Placements.</translation>
    </message>
    <message>
        <source>Register imported: %1 families added, %2 completed.</source>
        <translation>Registre importé&#xa0;: %1 familles ajoutées, %2 complétées.</translation>
    </message>
    <message>
        <source>Import from a &amp;spreadsheet…</source>
        <translation>Importer d’un &amp;tableur…</translation>
    </message>
</context>
<context>
    <name>riaya::FamilyDialog</name>
    <message>
        <source>&amp;Save the details</source>
        <translation>&amp;Enregistrer les informations</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Lien de parenté</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>Head of family</source>
        <translation>Chef de famille</translation>
    </message>
    <message>
        <source>not said</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>girl</source>
        <translation>fille</translation>
    </message>
    <message>
        <source>boy</source>
        <translation>garçon</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>&amp;Nom de la famille&#xa0;:</translation>
    </message>
    <message>
        <source>Name in &amp;Latin letters:</source>
        <translation>Nom en caractères &amp;latins&#xa0;:</translation>
    </message>
    <message>
        <source>Add a &amp;member</source>
        <translation>Ajouter un &amp;membre</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Region, province:</source>
        <translation>Région, province&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Occupation:</source>
        <translation>&amp;Profession&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Income:</source>
        <translation>&amp;Revenus&#xa0;:</translation>
    </message>
    <message>
        <source>Documents received:</source>
        <translation>Documents reçus&#xa0;:</translation>
    </message>
    <message>
        <source>ages</source>
        <translation>âges</translation>
    </message>
    <message>
        <source>Capacity and preferences:</source>
        <translation>Capacité d&apos;accueil et préférences&#xa0;:</translation>
    </message>
    <message>
        <source>Move &amp;to:</source>
        <translation>Nouvel é&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Approval &amp;number:</source>
        <translation>&amp;Numéro d&apos;agrément&#xa0;:</translation>
    </message>
    <message>
        <source>Approval to renew by:</source>
        <translation>Agrément à renouveler avant le&#xa0;:</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>&amp;Enregistrer la décision</translation>
    </message>
    <message>
        <source>&amp;Social worker:</source>
        <translation>&amp;Travailleur social&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>É&amp;valuation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recommendation:</source>
        <translation>&amp;Recommandation&#xa0;:</translation>
    </message>
    <message>
        <source>Add the &amp;study</source>
        <translation>&amp;Ajouter l&apos;enquête</translation>
    </message>
    <message>
        <source>&amp;Place a child…</source>
        <translation>&amp;Placer un enfant…</translation>
    </message>
    <message>
        <source>&amp;Open the placement</source>
        <translation>&amp;Ouvrir le placement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Home studies</source>
        <translation>Enquêtes sociales</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>New family</source>
        <translation>Nouvelle famille</translation>
    </message>
    <message>
        <source>Family %1</source>
        <translation>Famille %1</translation>
    </message>
    <message>
        <source>%1 — %2 since %3</source>
        <translation>%1 — %2 depuis le %3</translation>
    </message>
    <message>
        <source>Approval %1, to renew by %2</source>
        <translation>Agrément %1, à renouveler avant le %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>%1 (renewal)</source>
        <translation>%1 (renouvellement)</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Travailleur social</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>living with the family</source>
        <translation>toujours dans la famille</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>Date de placement</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>any</source>
        <comment>no age limit</comment>
        <translation>tout âge</translation>
    </message>
    <message>
        <source>either</source>
        <comment>girl or boy</comment>
        <translation>fille ou garçon</translation>
    </message>
</context>
<context>
    <name>riaya::FieldLabels</name>
    <message>
        <source>Kind of incident</source>
        <translation>Type d’incident</translation>
    </message>
    <message>
        <source>Voided at</source>
        <translation>Invalidé le</translation>
    </message>
    <message>
        <source>Voided by</source>
        <translation>Invalidé par</translation>
    </message>
    <message>
        <source>Why it was voided</source>
        <translation>Motif de l’invalidation</translation>
    </message>
    <message>
        <source>Kind of institution</source>
        <translation>Type d’établissement</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Children the family can take</source>
        <translation>Enfants que la famille peut accueillir</translation>
    </message>
    <message>
        <source>Stage of the file</source>
        <translation>Étape du dossier</translation>
    </message>
    <message>
        <source>Stage decided</source>
        <translation>Étape décidée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation>Lieu d’origine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>State of the inspection</source>
        <translation>État de l’inspection</translation>
    </message>
    <message>
        <source>State of the action</source>
        <translation>État de l’action</translation>
    </message>
    <message>
        <source>Action to take</source>
        <translation>Action à mener</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>Scolarité</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Créé à</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed at</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name in Latin letters</source>
        <translation>Nom en lettres latines</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Licence number</source>
        <translation>Numéro d’autorisation</translation>
    </message>
    <message>
        <source>Licence expires on</source>
        <translation>Fin de l’autorisation</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>First name in Latin letters</source>
        <translation>Prénom en lettres latines</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>Nom de famille en lettres latines</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>Nom du père</translation>
    </message>
    <message>
        <source>Mother&apos;s name</source>
        <translation>Nom de la mère</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Place of birth</source>
        <translation>Lieu de naissance</translation>
    </message>
    <message>
        <source>National identity number</source>
        <translation>Numéro de la carte nationale</translation>
    </message>
    <message>
        <source>Massar code</source>
        <translation>Code Massar</translation>
    </message>
    <message>
        <source>Guardian&apos;s name</source>
        <translation>Nom du tuteur</translation>
    </message>
    <message>
        <source>Guardian&apos;s relation</source>
        <translation>Lien du tuteur</translation>
    </message>
    <message>
        <source>Guardian&apos;s phone</source>
        <translation>Téléphone du tuteur</translation>
    </message>
    <message>
        <source>School</source>
        <translation>École</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>Niveau scolaire</translation>
    </message>
    <message>
        <source>Health notes</source>
        <translation>Notes de santé</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Fusionné dans</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Résident</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admis le</translation>
    </message>
    <message>
        <source>Reason for admission</source>
        <translation>Motif de l’admission</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Sorti le</translation>
    </message>
    <message>
        <source>Kind of exit</source>
        <translation>Type de sortie</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Motif de la sortie</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>Survenu le</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Signalé à</translation>
    </message>
    <message>
        <source>Residents concerned</source>
        <translation>Résidents concernés</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Revoked at</source>
        <translation>Révoquée le</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Première version</translation>
    </message>
    <message>
        <source>Standards document</source>
        <translation>Référentiel de normes</translation>
    </message>
    <message>
        <source>Visited on</source>
        <translation>Visite du</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>Follows up</source>
        <translation>Fait suite à</translation>
    </message>
    <message>
        <source>Corrects</source>
        <translation>Corrige</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Motif de la correction</translation>
    </message>
    <message>
        <source>Finalized at</source>
        <translation>Finalisée le</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Note on the state</source>
        <translation>Note sur l’état</translation>
    </message>
    <message>
        <source>State changed on</source>
        <translation>État changé le</translation>
    </message>
    <message>
        <source>Verified during</source>
        <translation>Vérifiée lors de</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Members&apos; names</source>
        <translation>Noms des membres</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Pièces reçues</translation>
    </message>
    <message>
        <source>Stage since</source>
        <translation>À cette étape depuis</translation>
    </message>
    <message>
        <source>Approval number</source>
        <translation>Numéro d’agrément</translation>
    </message>
    <message>
        <source>Approval to renew on</source>
        <translation>Agrément à renouveler le</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Youngest age wished</source>
        <translation>Âge minimum souhaité</translation>
    </message>
    <message>
        <source>Oldest age wished</source>
        <translation>Âge maximum souhaité</translation>
    </message>
    <message>
        <source>Sex wished</source>
        <translation>Sexe souhaité</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Réalisée le</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Travailleur social</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Début le</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Legal reference</source>
        <translation>Référence légale</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Révision le</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Plan de visites</translation>
    </message>
    <message>
        <source>From the institution</source>
        <translation>Depuis l’établissement</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Terminé le</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Reason for the end</source>
        <translation>Motif de la fin</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bien-être</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Suites à donner</translation>
    </message>
    <message>
        <source>The operator of this computer</source>
        <translation>L’opérateur de cet ordinateur</translation>
    </message>
    <message>
        <source>Receives</source>
        <translation>Accueille</translation>
    </message>
    <message>
        <source>Kind of request</source>
        <translation>Type de demande</translation>
    </message>
    <message>
        <source>State of the request</source>
        <translation>État de la demande</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Justificatif</translation>
    </message>
    <message>
        <source>Kind of record concerned</source>
        <translation>Type d’enregistrement concerné</translation>
    </message>
    <message>
        <source>Record concerned</source>
        <translation>Enregistrement concerné</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Site demandeur</translation>
    </message>
    <message>
        <source>Asked of</source>
        <translation>Site sollicité</translation>
    </message>
    <message>
        <source>Takes effect on</source>
        <translation>Date d’effet</translation>
    </message>
    <message>
        <source>Proposed details</source>
        <translation>Informations proposées</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Note on the decision</source>
        <translation>Note sur la décision</translation>
    </message>
    <message>
        <source>Granted to</source>
        <translation>Accordée à</translation>
    </message>
    <message>
        <source>Records it may add</source>
        <translation>Enregistrements qu’il peut ajouter</translation>
    </message>
    <message>
        <source>Fields it may change</source>
        <translation>Champs qu’il peut modifier</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
</context>
<context>
    <name>riaya::FigureListDialog</name>
    <message>
        <source>Nothing was counted here.</source>
        <translation>Rien n’a été compté ici.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
</context>
<context>
    <name>riaya::FigureTile</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Open the list behind this figure</source>
        <translation>Ouvrir la liste détaillée de cet indicateur</translation>
    </message>
</context>
<context>
    <name>riaya::HelpDialog</name>
    <message>
        <source>Riaya help</source>
        <translation>Aide de Riaya</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Effet</translation>
    </message>
</context>
<context>
    <name>riaya::HomePage</name>
    <message>
        <source>Every region</source>
        <translation>Toutes les régions</translation>
    </message>
    <message>
        <source>Every province</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <source>Every type</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Every institution</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <source>The national picture, %1</source>
        <translation>Situation nationale, %1</translation>
    </message>
    <message>
        <source>The month shown; the trends end with it</source>
        <translation>Le mois affiché&#xa0;; les tendances s’arrêtent à ce mois</translation>
    </message>
</context>
<context>
    <name>riaya::ImportDialog</name>
    <message>
        <source>Passphrase of this database&apos;s keys:</source>
        <translation>Phrase secrète des clés de cette base&#xa0;:</translation>
    </message>
    <message>
        <source>Already imported; nothing changes.</source>
        <translation>Déjà importé&#xa0;; rien ne change.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n bundles can be imported; nothing was applied yet.</source>
        <translation>
            <numerusform>Aperçu&#xa0;: %n paquet peut être importé&#xa0;; rien n’a encore été appliqué.</numerusform>
            <numerusform>Aperçu&#xa0;: %n paquets peuvent être importés&#xa0;; rien n’a encore été appliqué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bundles imported.</source>
        <translation>
            <numerusform>%n paquet importé.</numerusform>
            <numerusform>%n paquets importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n residents look like children registered at another site; they wait for a clerk to decide, nothing is merged.</source>
        <translation>
            <numerusform>%n résident ressemble à un enfant inscrit sur un autre site&#xa0;; il attend la décision d’un agent, rien n’est fusionné.</numerusform>
            <numerusform>%n résidents ressemblent à des enfants inscrits sur un autre site&#xa0;; ils attendent la décision d’un agent, rien n’est fusionné.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundles not received yet from %1: %2.</source>
        <translation>Paquets pas encore reçus de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importer des paquets</translation>
    </message>
    <message numerus="yes">
        <source>%n bundles: %1</source>
        <translation>
            <numerusform>%n paquet&#xa0;: %1</numerusform>
            <numerusform>%n paquets&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Type d’enregistrement</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveaux</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n records were stamped by a clock %1 days ahead of this one; they wait for a clerk under Review and do not win over any record.</source>
        <translation>
            <numerusform>%n enregistrement a été horodaté par une horloge en avance de %1 jours sur celle de cet ordinateur&#xa0;; il attend la décision d’un agent dans «&#xa0;Vérification&#xa0;» et ne l’emporte sur aucun enregistrement.</numerusform>
            <numerusform>%n enregistrements ont été horodatés par une horloge en avance de %1 jours sur celle de cet ordinateur&#xa0;; ils attendent la décision d’un agent dans «&#xa0;Vérification&#xa0;» et ne l’emportent sur aucun enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <source>This bundle started a new history of its sender; the earlier bundles from number %1 on were set aside, their records kept.</source>
        <translation>Ce paquet a commencé un nouvel historique de son expéditeur&#xa0;; les paquets antérieurs à partir du numéro %1 ont été mis de côté, leurs enregistrements conservés.</translation>
    </message>
    <message>
        <source>Accept a new history of the sender</source>
        <translation>Accepter un nouvel historique de l’expéditeur</translation>
    </message>
    <message>
        <source>Tick only after checking with the site: a site restored from an old backup numbers its bundles again. Its records are merged as usual and nothing received is lost.</source>
        <translation>Ne cochez qu’après vérification auprès du site&#xa0;: un site restauré à partir d’une ancienne sauvegarde renumérote ses paquets. Ses enregistrements sont fusionnés comme d’habitude et rien de ce qui a été reçu n’est perdu.</translation>
    </message>
</context>
<context>
    <name>riaya::IncidentDialog</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Ce qui s’est passé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Action taken:</source>
        <translation>&amp;Mesure prise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reported to:</source>
        <translation>&amp;Signalé à&#xa0;:</translation>
    </message>
    <message>
        <source>Residents &amp;concerned:</source>
        <translation>&amp;Résidents concernés&#xa0;:</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Voided incident</source>
        <translation>Incident invalidé</translation>
    </message>
    <message>
        <source>Voided on %1 by %2: %3. It is no longer counted and can no longer be changed.</source>
        <translation>Invalidé le %1 par %2&#xa0;: %3. Il n’est plus compté et ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
</context>
<context>
    <name>riaya::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <comment>end of a period</comment>
        <translation>&amp;au&#xa0;:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Residents concerned</source>
        <translation>Résidents concernés</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Mesure prise</translation>
    </message>
    <message>
        <source>Reported to</source>
        <translation>Signalé à</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Nouvel incident…</translation>
    </message>
    <message>
        <source>Voided on %1 by %2: %3</source>
        <translation>Invalidé le %1 par %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No incidents from %1 to %2. Write one down with New incident (Ctrl+I), or widen the period.</source>
        <translation>Aucun incident du %1 au %2. Notez-en un avec Nouvel incident (Ctrl+I), ou élargissez la période.</translation>
    </message>
    <message>
        <source>No incident of this period matches “%1”. Check the spelling, or press Esc to see them all.</source>
        <translation>Aucun incident de la période ne correspond à «&#xa0;%1&#xa0;». Vérifiez l’orthographe, ou appuyez sur Échap pour les voir tous.</translation>
    </message>
    <message>
        <source>The incident was voided; it stays listed, struck through, and is no longer counted.</source>
        <translation>L’incident a été invalidé&#xa0;; il reste dans la liste, barré, et n’est plus compté.</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Invalidation</translation>
    </message>
    <message>
        <source>Search the incidents: a name, a word of what happened…</source>
        <translation>Rechercher dans les incidents&#xa0;: un nom, un mot de ce qui s’est passé…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Invalider l’incident…</translation>
    </message>
    <message>
        <source>Void an incident written down by mistake: it stays listed, with the reason</source>
        <translation>Invalider un incident noté par erreur&#xa0;: il reste dans la liste, avec le motif</translation>
    </message>
</context>
<context>
    <name>riaya::Inspection</name>
    <message>
        <source>minor</source>
        <translation>mineure</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <source>major</source>
        <translation>majeure</translation>
    </message>
</context>
<context>
    <name>riaya::InspectionDialog</name>
    <message>
        <source>Add a &amp;finding…</source>
        <translation>Ajouter une &amp;constatation…</translation>
    </message>
    <message>
        <source>Remove the finding</source>
        <translation>Retirer la constatation</translation>
    </message>
    <message>
        <source>Raise a corrective &amp;action…</source>
        <translation>Créer une &amp;action corrective…</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Finali&amp;ze…</source>
        <translation>&amp;Finaliser…</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constatation</translation>
    </message>
    <message>
        <source>Keys: 1 compliant · 2 partly · 3 not compliant · 0 or N not applicable; on a scale the digit is the score. Each answer moves to the next item.</source>
        <translation>Touches&#xa0;: 1 conforme · 2 partiellement · 3 non conforme · 0 ou N sans objet&#xa0;; sur une échelle, le chiffre est la note. Chaque réponse passe au critère suivant.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuves&#xa0;:</translation>
    </message>
    <message>
        <source>Date of the &amp;visit:</source>
        <translation>Date de la &amp;visite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Inspector:</source>
        <translation>&amp;Inspecteur&#xa0;:</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>%1 — %2, edition %3</source>
        <translation>%1 — %2, édition %3</translation>
    </message>
    <message>
        <source>Inspection (finalized, read-only)</source>
        <translation>Inspection (finalisée, lecture seule)</translation>
    </message>
    <message>
        <source>Inspection (draft)</source>
        <translation>Inspection (brouillon)</translation>
    </message>
    <message>
        <source>Total: %1 — %2 of %3 items answered, %4 not applicable</source>
        <translation>Total&#xa0;: %1 — %2 critères renseignés sur %3, %4 sans objet</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Finalize the inspection</source>
        <translation>Finaliser l’inspection</translation>
    </message>
    <message>
        <source>A finalized inspection cannot be changed; a correction becomes a new version with its reason. Finalize it now?</source>
        <translation>Une inspection finalisée ne peut plus être modifiée&#xa0;; toute correction devient une nouvelle version, avec son motif. La finaliser maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Finalized.</source>
        <translation>Finalisée.</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>Nouvelle constatation</translation>
    </message>
    <message>
        <source>The institution as a whole</source>
        <translation>L’établissement dans son ensemble</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Critère&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;What was found:</source>
        <translation>Ce qui a été c&amp;onstaté&#xa0;:</translation>
    </message>
</context>
<context>
    <name>riaya::InspectionsPage</name>
    <message>
        <source>%1, follow-up</source>
        <translation>%1, inspection de suivi</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message numerus="yes">
        <source>Corrective actions (%n overdue)</source>
        <translation>
            <numerusform>Actions correctives (%n en retard)</numerusform>
            <numerusform>Actions correctives (%n en retard)</numerusform>
        </translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Actions correctives</translation>
    </message>
    <message>
        <source>Choose an institution above to see its inspections over time and its open actions.</source>
        <translation>Choisissez un établissement ci-dessus pour voir ses inspections au fil du temps et ses actions ouvertes.</translation>
    </message>
    <message numerus="yes">
        <source>%n finalized inspection(s).</source>
        <translation>
            <numerusform>%n inspection finalisée.</numerusform>
            <numerusform>%n inspections finalisées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) still open.</source>
        <translation>
            <numerusform>%n action corrective encore ouverte.</numerusform>
            <numerusform>%n actions correctives encore ouvertes.</numerusform>
        </translation>
    </message>
    <message>
        <source>shipped with Riaya</source>
        <translation>fourni avec Riaya</translation>
    </message>
    <message>
        <source>published by the ministry</source>
        <translation>publié par le ministère</translation>
    </message>
    <message>
        <source>Select a finalized inspection to follow up.</source>
        <translation>Sélectionnez l’inspection finalisée qui fera l’objet d’une inspection de suivi.</translation>
    </message>
    <message>
        <source>Choose the institution to inspect above.</source>
        <translation>Choisissez ci-dessus l’établissement à inspecter.</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>Nouvelle inspection</translation>
    </message>
    <message>
        <source>Inspector&apos;s name:</source>
        <translation>Nom de l’inspecteur&#xa0;:</translation>
    </message>
    <message>
        <source>Select a finalized inspection to correct; a draft is changed directly.</source>
        <translation>Sélectionnez une inspection finalisée à corriger&#xa0;; un brouillon se modifie directement.</translation>
    </message>
    <message>
        <source>Correct the inspection</source>
        <translation>Corriger l’inspection</translation>
    </message>
    <message>
        <source>Why is it corrected? The reason stays with the new version.</source>
        <translation>Pourquoi la corriger&#xa0;? Le motif reste attaché à la nouvelle version.</translation>
    </message>
    <message>
        <source>Select the inspection to print.</source>
        <translation>Sélectionnez l’inspection à imprimer.</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Inspection report</source>
        <translation>Rapport d’inspection</translation>
    </message>
    <message>
        <source>Language of the report:</source>
        <translation>Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Le rapport a été enregistré dans %1.</translation>
    </message>
    <message>
        <source>The draft was thrown away.</source>
        <translation>Le brouillon a été supprimé.</translation>
    </message>
    <message>
        <source>Select an action first.</source>
        <translation>Sélectionnez d’abord une action.</translation>
    </message>
    <message>
        <source>What was seen or done (optional):</source>
        <translation>Ce qui a été constaté ou fait (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Import a standards document</source>
        <translation>Importer un référentiel de normes</translation>
    </message>
    <message>
        <source>Standards documents (*.json)</source>
        <translation>Référentiels de normes (*.json)</translation>
    </message>
    <message>
        <source>The new edition was published; it reaches the sites in the next bundles.</source>
        <translation>La nouvelle édition a été publiée&#xa0;; elle parviendra aux sites avec les prochains paquets.</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>All institutions</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <source>Institution history</source>
        <translation>Historique de l’établissement</translation>
    </message>
    <message>
        <source>Standards documents</source>
        <translation>Référentiels de normes</translation>
    </message>
    <message>
        <source>&amp;New inspection…</source>
        <translation>&amp;Nouvelle inspection…</translation>
    </message>
    <message>
        <source>&amp;Follow up…</source>
        <translation>Inspection de &amp;suivi…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Corriger…</translation>
    </message>
    <message>
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Rapport (PDF)…</translation>
    </message>
    <message>
        <source>Throw the draft away</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>En re&amp;tard uniquement</translation>
    </message>
    <message>
        <source>In &amp;progress</source>
        <translation>En co&amp;urs</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>Ré&amp;alisée</translation>
    </message>
    <message>
        <source>&amp;Verified…</source>
        <translation>&amp;Vérifiée…</translation>
    </message>
    <message>
        <source>&amp;Import a file…</source>
        <translation>&amp;Importer un fichier…</translation>
    </message>
    <message>
        <source>&amp;Edit as a new edition…</source>
        <translation>&amp;Modifier comme nouvelle édition…</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>finalized</source>
        <comment>state of an inspection</comment>
        <translation>finalisée</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>state of an inspection</comment>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>No corrective action matches “%1”. Press Esc to see them all.</source>
        <translation>Aucune action corrective ne correspond à «&#xa0;%1&#xa0;». Appuyez sur Échap pour les voir toutes.</translation>
    </message>
    <message>
        <source>No corrective action is overdue.</source>
        <translation>Aucune action corrective n’est en retard.</translation>
    </message>
    <message>
        <source>No corrective action yet: they are set when an inspection finds something to correct.</source>
        <translation>Aucune action corrective pour l’instant&#xa0;: elles sont fixées quand une inspection relève quelque chose à corriger.</translation>
    </message>
    <message>
        <source>Search: institution, action, responsible…</source>
        <translation>Rechercher&#xa0;: établissement, action, responsable…</translation>
    </message>
    <message>
        <source>No inspection matches “%1”. Press Esc to see them all.</source>
        <translation>Aucune inspection ne correspond à «&#xa0;%1&#xa0;». Appuyez sur Échap pour les voir toutes.</translation>
    </message>
    <message>
        <source>No inspection yet. Choose the institution above, then start one with New inspection (Ctrl+N).</source>
        <translation>Aucune inspection pour l’instant. Choisissez l’établissement ci-dessus, puis commencez-en une avec Nouvelle inspection (Ctrl+N).</translation>
    </message>
    <message>
        <source>No inspection has been recorded for this institution.</source>
        <translation>Aucune inspection n’a été enregistrée pour cet établissement.</translation>
    </message>
    <message>
        <source>Search: institution, inspector, state…</source>
        <translation>Rechercher&#xa0;: établissement, inspecteur, état…</translation>
    </message>
    <message>
        <source>The progress is recorded; the inspector sees it after the next bundles.</source>
        <translation>L’avancement est noté&#xa0;; l’inspecteur le verra après les prochains paquets.</translation>
    </message>
    <message>
        <source>&amp;Record progress…</source>
        <translation>&amp;Noter l’avancement…</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
</context>
<context>
    <name>riaya::InstitutionsPanel</name>
    <message numerus="yes">
        <source>%n institutions are registered at the hub. The ministry&apos;s list of institutions, in a spreadsheet, adds those missing and completes the others.</source>
        <translation>
            <numerusform>%n établissement est enregistré au centre. La liste des établissements du ministère, dans un tableur, ajoute ceux qui manquent et complète les autres.</numerusform>
            <numerusform>%n établissements sont enregistrés au centre. La liste des établissements du ministère, dans un tableur, ajoute ceux qui manquent et complète les autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Institutions imported: %1 added, %2 completed.</source>
        <translation>Établissements importés&#xa0;: %1 ajoutés, %2 complétés.</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>Import &amp;institutions from a spreadsheet…</source>
        <translation>Importer les &amp;établissements d’un tableur…</translation>
    </message>
</context>
<context>
    <name>riaya::KeysPanel</name>
    <message>
        <source>This database: %1 — key fingerprint %2</source>
        <translation>Cette base de données&#xa0;: %1 — empreinte de la clé %2</translation>
    </message>
    <message>
        <source>This database (%1) has no keys yet. It needs them to sign and open bundles, and to make backups.</source>
        <translation>Cette base de données (%1) n’a pas encore de clés. Il les lui faut pour signer et ouvrir les paquets, et pour faire les sauvegardes.</translation>
    </message>
    <message numerus="yes">
        <source>%n sites enrolled.</source>
        <translation>
            <numerusform>%n site inscrit.</numerusform>
            <numerusform>%n sites inscrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trusts the ministry “%1”, key fingerprint %2.</source>
        <translation>Fait confiance au ministère «&#xa0;%1&#xa0;», empreinte de la clé %2.</translation>
    </message>
    <message>
        <source>No ministry is trusted yet.</source>
        <translation>Aucun ministère n’est encore reconnu.</translation>
    </message>
    <message>
        <source>First step: create the ministry&apos;s keys, under a passphrase.</source>
        <translation>Première étape&#xa0;: créez les clés du ministère, sous une phrase secrète.</translation>
    </message>
    <message>
        <source>First step: create the keys, under a passphrase the supervisor will type to send the month&apos;s bundle.</source>
        <translation>Première étape&#xa0;: créez les clés, sous une phrase secrète que le superviseur tapera pour envoyer le paquet du mois.</translation>
    </message>
    <message>
        <source>Next step: load the ministry&apos;s profile, the file the ministry gave you, and compare its fingerprint with the one the ministry gave you.</source>
        <translation>Étape suivante&#xa0;: chargez le profil du ministère, le fichier que le ministère vous a remis, et comparez son empreinte avec celle que le ministère vous a donnée.</translation>
    </message>
    <message>
        <source>Next step: save the enrolment file and take it to the ministry, which enrols this house after comparing its fingerprint; then exchange bundles below.</source>
        <translation>Étape suivante&#xa0;: enregistrez le fichier d’inscription et apportez-le au ministère, qui inscrit cette maison après avoir comparé son empreinte&#xa0;; échangez ensuite les paquets ci-dessous.</translation>
    </message>
    <message>
        <source>Next step: save the profile for the sites, then enrol each site from the file it brings.</source>
        <translation>Étape suivante&#xa0;: enregistrez le profil pour les sites, puis inscrivez chaque site à partir du fichier qu’il apporte.</translation>
    </message>
    <message>
        <source>An administrator sets up the keys and the enrolment on this screen.</source>
        <translation>Un administrateur met en place les clés et l’inscription sur cet écran.</translation>
    </message>
    <message>
        <source>The keys sign what this database sends and open what is sent to it; the passphrase locks them. It is typed to send bundles, and it opens the backups. Write it down and keep it safe: nobody can recover it.</source>
        <translation>Les clés signent ce que cette base envoie et ouvrent ce qui lui est envoyé&#xa0;; la phrase secrète les verrouille. On la tape pour envoyer les paquets, et elle ouvre les sauvegardes. Notez-la et gardez-la en lieu sûr&#xa0;: personne ne peut la retrouver.</translation>
    </message>
    <message>
        <source>Create the keys</source>
        <translation>Créer les clés</translation>
    </message>
    <message>
        <source>Keys created. Fingerprint: %1</source>
        <translation>Clés créées. Empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>The keys stay the same; only the passphrase that locks them changes. Backups made before still open with the old passphrase.</source>
        <translation>Les clés restent les mêmes&#xa0;; seule change la phrase secrète qui les verrouille. Les sauvegardes faites avant s’ouvrent toujours avec l’ancienne phrase secrète.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The keys are sealed under the new passphrase.</source>
        <translation>Les clés sont scellées sous la nouvelle phrase secrète.</translation>
    </message>
    <message>
        <source>The file is signed with this database&apos;s key: type the passphrase to open it.</source>
        <translation>Le fichier est signé avec la clé de cette base&#xa0;: tapez la phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Enregistrer le fichier</translation>
    </message>
    <message>
        <source>Profile saved to %1. Give it to each new site with this fingerprint, which the site compares: %2</source>
        <translation>Profil enregistré dans %1. Remettez-le à chaque nouveau site avec cette empreinte, que le site compare&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enrolment file saved to %1. Take it to the ministry with this fingerprint, which the ministry compares: %2</source>
        <translation>Fichier d’inscription enregistré dans %1. Apportez-le au ministère avec cette empreinte, que le ministère compare&#xa0;: %2</translation>
    </message>
    <message>
        <source>Enrol a site</source>
        <translation>Inscrire un site</translation>
    </message>
    <message>
        <source>Trust the ministry</source>
        <translation>Faire confiance au ministère</translation>
    </message>
    <message>
        <source>This file is the enrolment of “%1”. Its key fingerprint is:
%2

Compare it with the fingerprint shown on the Sync screen of that house, and enrol it only if they are the same.</source>
        <translation>Ce fichier est l’inscription de «&#xa0;%1&#xa0;». L’empreinte de sa clé est&#xa0;:
%2

Comparez-la avec l’empreinte affichée sur l’écran Synchronisation de cette maison, et ne l’inscrivez que si elles sont identiques.</translation>
    </message>
    <message>
        <source>This profile is the ministry “%1”. Its key fingerprint is:
%2

Compare it with the fingerprint the ministry gave you (on paper or by telephone), and trust it only if they are the same.</source>
        <translation>Ce profil est celui du ministère «&#xa0;%1&#xa0;». L’empreinte de sa clé est&#xa0;:
%2

Comparez-la avec l’empreinte que le ministère vous a donnée (sur papier ou par téléphone), et ne lui faites confiance que si elles sont identiques.</translation>
    </message>
    <message>
        <source>&amp;Enrol the site</source>
        <translation>&amp;Inscrire le site</translation>
    </message>
    <message>
        <source>&amp;Trust the ministry</source>
        <translation>&amp;Faire confiance au ministère</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing was trusted.</source>
        <translation>Rien n’a été reconnu.</translation>
    </message>
    <message>
        <source>Now trusted: %1.</source>
        <translation>Désormais reconnu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No enrolled site has a key that can be revoked.</source>
        <translation>Aucun site inscrit n’a de clé à révoquer.</translation>
    </message>
    <message>
        <source>The key of %1 is revoked: its bundles are refused from now on, and the next bundle to each site tells it.</source>
        <translation>La clé de %1 est révoquée&#xa0;: ses paquets sont refusés désormais, et le prochain paquet envoyé à chaque site l’en informe.</translation>
    </message>
    <message>
        <source>Save the profile for the sites</source>
        <translation>Enregistrer le profil pour les sites</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>Enregistrer le fichier d’inscription</translation>
    </message>
    <message>
        <source>Riaya identity files (*.json);;All files (*)</source>
        <translation>Fichiers d’identité Riaya (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The enrolment file of a site</source>
        <translation>Le fichier d’inscription d’un site</translation>
    </message>
    <message>
        <source>The ministry&apos;s profile</source>
        <translation>Le profil du ministère</translation>
    </message>
    <message>
        <source>Keys and trust</source>
        <translation>Clés et confiance</translation>
    </message>
    <message>
        <source>Create the &amp;keys…</source>
        <translation>Créer les &amp;clés…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>&amp;Save the profile for the sites…</source>
        <translation>&amp;Enregistrer le profil pour les sites…</translation>
    </message>
    <message>
        <source>&amp;Save the enrolment file…</source>
        <translation>&amp;Enregistrer le fichier d’inscription…</translation>
    </message>
    <message>
        <source>&amp;Enrol a site…</source>
        <translation>&amp;Inscrire un site…</translation>
    </message>
    <message>
        <source>&amp;Load the ministry&apos;s profile…</source>
        <translation>C&amp;harger le profil du ministère…</translation>
    </message>
    <message>
        <source>&amp;Revoke a site&apos;s key…</source>
        <translation>&amp;Révoquer la clé d’un site…</translation>
    </message>
</context>
<context>
    <name>riaya::MainWindow</name>
    <message>
        <source>Residents</source>
        <translation>Résidents</translation>
    </message>
    <message>
        <source>Foster families</source>
        <translation>Familles d&apos;accueil</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Riaya — %1</source>
        <translation>Riaya — %1</translation>
    </message>
    <message>
        <source>Arrives in a later version of Riaya.</source>
        <translation>Disponible dans une prochaine version de Riaya.</translation>
    </message>
    <message>
        <source>Ministry hub: %1</source>
        <translation>Plateforme centrale du ministère&#xa0;: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site&#xa0;: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open a database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigation</translation>
    </message>
    <message>
        <source>&amp;Residents</source>
        <translation>&amp;Résidents</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Riaya</source>
        <translation>À &amp;propos de Riaya</translation>
    </message>
    <message>
        <source>Open a Riaya database</source>
        <translation>Ouvrir une base de données Riaya</translation>
    </message>
    <message>
        <source>Riaya databases (*.db *.riaya);;All files (*)</source>
        <translation>Bases de données Riaya (*.db *.riaya);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Riaya</source>
        <translation>Riaya</translation>
    </message>
    <message>
        <source>Could not start another window for %1.</source>
        <translation>Impossible d&apos;ouvrir une autre fenêtre pour %1.</translation>
    </message>
    <message>
        <source>About Riaya</source>
        <translation>À propos de Riaya</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Riaya %1&lt;/h3&gt;&lt;p&gt;Offline records for social-care institutions: residents, foster families, inspections and reports to the ministry.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Riaya %1&lt;/h3&gt;&lt;p&gt;Registres hors ligne des établissements de protection sociale&#xa0;: résidents, familles d&apos;accueil, inspections et rapports au ministère.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>Daily presence</source>
        <translation>Présence quotidienne</translation>
    </message>
    <message>
        <source>Daily &amp;presence</source>
        <translation>Présence &amp;quotidienne</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>&amp;Incidents</source>
        <translation>&amp;Incidents</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Signed in: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The passphrase of this site&apos;s keys opens the backup:</source>
        <translation>La phrase secrète des clés de ce site ouvre la sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Riaya will close, check the backup, keep the current database aside, and open the restored one. Changes made since the backup stay only in the database kept aside. Go on?</source>
        <translation>Riaya va se fermer, vérifier la sauvegarde, garder la base actuelle de côté et ouvrir la base restaurée. Les modifications faites depuis la sauvegarde ne restent que dans la base gardée de côté. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Could not start Riaya again to restore the backup.</source>
        <translation>Impossible de relancer Riaya pour restaurer la sauvegarde.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>The daily backup failed</source>
        <translation>La sauvegarde quotidienne a échoué</translation>
    </message>
    <message>
        <source>The audit log is broken</source>
        <translation>Le journal d’audit est rompu</translation>
    </message>
    <message>
        <source>The history of changes was altered or damaged: %1. The backup was made; tell the ministry.</source>
        <translation>L’historique des modifications a été altéré ou endommagé&#xa0;: %1. La sauvegarde a été faite&#xa0;; prévenez le ministère.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>%1

The latest backup is from %2. Restore it?</source>
        <translation>%1

La dernière sauvegarde date du %2. La restaurer&#xa0;?</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>Your current password:</source>
        <translation>Votre mot de passe actuel&#xa0;:</translation>
    </message>
    <message>
        <source>The new password:</source>
        <translation>Le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The new password again:</source>
        <translation>Le nouveau mot de passe à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>The two new passwords differ; nothing was changed.</source>
        <translation>Les deux nouveaux mots de passe diffèrent&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe est changé.</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Changer mon &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Foster families</source>
        <translation>&amp;Familles d&apos;accueil</translation>
    </message>
    <message>
        <source>I&amp;nspections</source>
        <translation>I&amp;nspections</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Vérification</translation>
    </message>
    <message>
        <source>&amp;Audit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Quit Riaya</source>
        <translation>Quitter Riaya</translation>
    </message>
    <message>
        <source>Changes typed before the lock are not saved; quitting now loses them.</source>
        <translation>Les modifications saisies avant le verrouillage ne sont pas enregistrées&#xa0;; quitter maintenant les perd.</translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation>&amp;Se reconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit and lose them</source>
        <translation>&amp;Quitter et les perdre</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>A&amp;ccueil</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Rapp&amp;orts</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Deman&amp;des</translation>
    </message>
</context>
<context>
    <name>riaya::MonthCloseDialog</name>
    <message>
        <source>Places in the house</source>
        <translation>Places de la maison</translation>
    </message>
    <message>
        <source>Residents on the first day</source>
        <translation>Résidents le premier jour</translation>
    </message>
    <message>
        <source>Admissions</source>
        <translation>Admissions</translation>
    </message>
    <message>
        <source>Exits: left the house</source>
        <translation>Sorties&#xa0;: ont quitté la maison</translation>
    </message>
    <message>
        <source>Exits: transferred</source>
        <translation>Sorties&#xa0;: transférés</translation>
    </message>
    <message>
        <source>Exits: placed in a family</source>
        <translation>Sorties&#xa0;: placés en famille</translation>
    </message>
    <message>
        <source>Residents after the last day</source>
        <translation>Résidents après le dernier jour</translation>
    </message>
    <message>
        <source>Presence marks</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Presence rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Incidents recorded</source>
        <translation>Incidents enregistrés</translation>
    </message>
    <message>
        <source>Approved by %1 on %2; approving again replaces those figures.</source>
        <translation>Approuvé par %1 le %2&#xa0;; une nouvelle approbation remplace ces chiffres.</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>Riaya bundles (*.bundle)</source>
        <translation>Paquets Riaya (*.bundle)</translation>
    </message>
    <message>
        <source>Tick the box once you have checked the figures.</source>
        <translation>Cochez la case une fois les chiffres vérifiés.</translation>
    </message>
    <message>
        <source>Choose where to save the bundle.</source>
        <translation>Choisissez où enregistrer le paquet.</translation>
    </message>
    <message>
        <source>The figures are approved, but the bundle could not be saved: %1</source>
        <translation>Les chiffres sont approuvés, mais le paquet n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 approved. Bundle %2 saved to %3 (%n records): take it to the ministry.</source>
        <translation>
            <numerusform>%1 approuvé. Paquet %2 enregistré dans %3 (%n enregistrement)&#xa0;: apportez-le au ministère.</numerusform>
            <numerusform>%1 approuvé. Paquet %2 enregistré dans %3 (%n enregistrements)&#xa0;: apportez-le au ministère.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the month — %1</source>
        <translation>Clôturer le mois — %1</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>I have checked these figures and approve them</source>
        <translation>J’ai vérifié ces chiffres et je les approuve</translation>
    </message>
    <message>
        <source>Bundle &amp;file:</source>
        <translation>&amp;Fichier du paquet&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the keys:</source>
        <translation>Phrase &amp;secrète des clés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Approve and save the bundle</source>
        <translation>&amp;Approuver et enregistrer le paquet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Complete: every resident has a presence mark for each day in the house, and no school result is missing.</source>
        <translation>Complet&#xa0;: chaque résident a une présence notée pour chaque jour passé dans la maison, et aucun résultat scolaire ne manque.</translation>
    </message>
    <message>
        <source>Incomplete:</source>
        <translation>Incomplet&#xa0;:</translation>
    </message>
    <message>
        <source>The month is incomplete</source>
        <translation>Le mois est incomplet</translation>
    </message>
    <message>
        <source>%1 is incomplete:</source>
        <translation>%1 est incomplet&#xa0;:</translation>
    </message>
    <message>
        <source>Approve it as it is? The approval records that the month was incomplete, and the ministry sees it.</source>
        <translation>L’approuver tel quel&#xa0;? L’approbation enregistre que le mois était incomplet, et le ministère le voit.</translation>
    </message>
    <message>
        <source>Approve as &amp;incomplete</source>
        <translation>Approuver comme &amp;incomplet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing was approved.</source>
        <translation>Rien n’a été approuvé.</translation>
    </message>
    <message>
        <source>Approved by the local operator: this database has no user accounts.</source>
        <translation>Approuvé par l’opérateur local&#xa0;: cette base n’a pas de comptes d’utilisateurs.</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>Approuvé par&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>riaya::PassphraseDialog</name>
    <message numerus="yes">
        <source>At least %n characters: a few words that you will remember.</source>
        <translation>
            <numerusform>Au moins %n caractère&#xa0;: quelques mots dont vous vous souviendrez.</numerusform>
            <numerusform>Au moins %n caractères&#xa0;: quelques mots dont vous vous souviendrez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Long enough. Type it again below.</source>
        <translation>Assez longue. Tapez-la encore ci-dessous.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>The two passphrases match.</source>
        <translation>Les deux phrases secrètes concordent.</translation>
    </message>
    <message>
        <source>Type the current passphrase.</source>
        <translation>Tapez la phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the new one again.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;: tapez de nouveau la nouvelle.</translation>
    </message>
    <message>
        <source>Passphrase of the keys</source>
        <translation>Phrase secrète des clés</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase secrète &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>The passphrase &amp;again:</source>
        <translation>La phrase secrète, &amp;encore une fois&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>riaya::PlaceChildDialog</name>
    <message>
        <source>The child&apos;s name, in Arabic or Latin letters</source>
        <translation>Nom de l&apos;enfant, en lettres arabes ou latines</translation>
    </message>
    <message>
        <source>Family:</source>
        <translation>Famille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Enfant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Fondement juridique&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;view:</source>
        <translation>Ré&amp;vision&#xa0;:</translation>
    </message>
    <message>
        <source>Visits in the first period, every (months):</source>
        <translation>Visites pendant la première période, tous les (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>First period (months):</source>
        <translation>Première période (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>Visits after it, every (months):</source>
        <translation>Visites ensuite, tous les (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Placer</translation>
    </message>
    <message>
        <source>Place a child</source>
        <translation>Placer un enfant</translation>
    </message>
    <message>
        <source>Find and select the child first.</source>
        <translation>Recherchez et sélectionnez d&apos;abord l&apos;enfant.</translation>
    </message>
</context>
<context>
    <name>riaya::PlacementDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Travailleur social</translation>
    </message>
    <message>
        <source>Wellbeing</source>
        <translation>Bien-être</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Scolarité</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Concerns and next steps</source>
        <translation>Préoccupations et suites à donner</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nouvelle visite</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Social worker:</source>
        <translation>&amp;Travailleur social&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Wellbeing:</source>
        <translation>&amp;Bien-être&#xa0;:</translation>
    </message>
    <message>
        <source>Sc&amp;hool:</source>
        <translation>&amp;Scolarité&#xa0;:</translation>
    </message>
    <message>
        <source>H&amp;ealth:</source>
        <translation>Sa&amp;nté&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Concerns:</source>
        <translation>&amp;Préoccupations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Next steps:</source>
        <translation>S&amp;uites à donner&#xa0;:</translation>
    </message>
    <message>
        <source>Record the &amp;visit</source>
        <translation>Enregistrer la &amp;visite</translation>
    </message>
    <message>
        <source>End the placement</source>
        <translation>Mettre fin au placement</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>Dernier &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Returns to the &amp;institution:</source>
        <translation>Établissement de &amp;retour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;End the placement</source>
        <translation>Mettre &amp;fin au placement</translation>
    </message>
    <message>
        <source>%1 with the family %2</source>
        <translation>%1 dans la famille %2</translation>
    </message>
    <message>
        <source>%1 %2, from %3</source>
        <translation>%1 %2, à compter du %3</translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>Terminé le %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Next visit was due on %1: overdue.</source>
        <translation>La prochaine visite était prévue le %1&#xa0;: elle est en retard.</translation>
    </message>
    <message>
        <source>Next visit due by %1.</source>
        <translation>Prochaine visite à effectuer au plus tard le %1.</translation>
    </message>
</context>
<context>
    <name>riaya::PlacementHistoryTab</name>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Placed on</source>
        <translation>Date de placement</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>living with the family</source>
        <translation>toujours dans la famille</translation>
    </message>
</context>
<context>
    <name>riaya::PresenceMonthTab</name>
    <message>
        <source>No presence recorded this month.</source>
        <translation>Aucune présence enregistrée ce mois-ci.</translation>
    </message>
    <message numerus="yes">
        <source>Present %1 of the %n days marked.</source>
        <translation>
            <numerusform>Présent %1 fois sur %n jour pointé.</numerusform>
            <numerusform>Présent %1 fois sur %n jours pointés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>riaya::PresencePage</name>
    <message>
        <source>not marked</source>
        <translation>non pointé</translation>
    </message>
    <message>
        <source>The presence of %1 is saved.</source>
        <translation>La présence du %1 est enregistrée.</translation>
    </message>
    <message>
        <source>No presence recorded this month yet.</source>
        <translation>Aucune présence pointée ce mois-ci pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>Presence in %1: %2% of %n marks</source>
        <translation>
            <numerusform>Présence en %1&#xa0;: %2&#xa0;% sur %n pointage</numerusform>
            <numerusform>Présence en %1&#xa0;: %2&#xa0;% sur %n pointages</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily presence</source>
        <translation>Présence quotidienne</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>Jour &amp;précédent</translation>
    </message>
    <message>
        <source>Ne&amp;xt day</source>
        <translation>Jour &amp;suivant</translation>
    </message>
    <message>
        <source>Keys: 1 present · 2 absent · 3 on leave · 4 sick. The cursor moves to the next child.</source>
        <translation>Touches&#xa0;: 1 présent · 2 absent · 3 en congé · 4 malade. Le curseur passe à l&apos;enfant suivant.</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>Résident</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mark the &amp;unmarked present</source>
        <translation>Marquer présents les &amp;non-pointés</translation>
    </message>
    <message>
        <source>Save the sheet</source>
        <translation>Enregistrer la feuille</translation>
    </message>
    <message>
        <source>Daily presence of %1</source>
        <translation>Présence du %1</translation>
    </message>
    <message>
        <source>Save them before another sheet is shown?</source>
        <translation>Les enregistrer avant d’afficher une autre feuille&#xa0;?</translation>
    </message>
</context>
<context>
    <name>riaya::ProgressDialog</name>
    <message>
        <source>%1 (responsible: %2, due by %3)</source>
        <translation>%1 (responsable&#xa0;: %2, pour le %3)</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>Ce qui a été &amp;fait&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Evidence (what shows it):</source>
        <translation>&amp;Preuve (ce qui le montre)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;Le&#xa0;:</translation>
    </message>
    <message>
        <source>Progress of a corrective action</source>
        <translation>Avancement d’une action corrective</translation>
    </message>
</context>
<context>
    <name>riaya::RecordKinds</name>
    <message>
        <source>Institutions</source>
        <translation>Établissements</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Résidents</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Séjours</translation>
    </message>
    <message>
        <source>Presence marks</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>School results</source>
        <translation>Résultats scolaires</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Approved months</source>
        <translation>Mois approuvés</translation>
    </message>
    <message>
        <source>Revoked keys</source>
        <translation>Clés révoquées</translation>
    </message>
    <message>
        <source>Standards documents</source>
        <translation>Référentiels de normes</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>Actions correctives</translation>
    </message>
    <message>
        <source>Foster families</source>
        <translation>Familles d&apos;accueil</translation>
    </message>
    <message>
        <source>Family decisions</source>
        <translation>Décisions sur les familles</translation>
    </message>
    <message>
        <source>Home studies</source>
        <translation>Enquêtes sociales</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Placements</translation>
    </message>
    <message>
        <source>Placement visits</source>
        <translation>Visites de placement</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Requests between sites</source>
        <translation>Demandes entre sites</translation>
    </message>
    <message>
        <source>Access granted to other sites</source>
        <translation>Autorisations accordées à d’autres sites</translation>
    </message>
</context>
<context>
    <name>riaya::RefuseRequestDialog</name>
    <message>
        <source>&amp;Why is it refused? (required, sent to the site that asked)</source>
        <translation>&amp;Pourquoi est-elle refusée&#xa0;? (obligatoire, envoyé au site demandeur)</translation>
    </message>
    <message>
        <source>Re&amp;fuse the request</source>
        <translation>Re&amp;fuser la demande</translation>
    </message>
    <message>
        <source>Refuse a request</source>
        <translation>Refuser une demande</translation>
    </message>
</context>
<context>
    <name>riaya::ReportsPage</name>
    <message>
        <source>Choose a report.</source>
        <translation>Choisissez un rapport.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Imprimé le</translation>
    </message>
    <message>
        <source>The report was written to %1.</source>
        <translation>Le rapport a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>report</source>
        <translation>rapport</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Documents PDF (*.pdf);;Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n pages sent to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l’imprimante.</numerusform>
            <numerusform>%n pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Établissement&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pré&amp;visualiser…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Monthly report of a house</source>
        <translation>Rapport mensuel d’une maison</translation>
    </message>
    <message>
        <source>National monthly report</source>
        <translation>Rapport mensuel national</translation>
    </message>
    <message>
        <source>Sites that have not sent a month</source>
        <translation>Sites n’ayant pas envoyé un mois</translation>
    </message>
    <message>
        <source>Every region</source>
        <translation>Toutes les régions</translation>
    </message>
</context>
<context>
    <name>riaya::RequestSummary</name>
    <message>
        <source>%1: %2, asked by %3.</source>
        <translation>%1&#xa0;: %2, demandé par %3.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Le %1.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>riaya::RequestsPage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Sélectionnez d’abord une demande.</translation>
    </message>
    <message>
        <source>The transfer of %1 is accepted: the file is held here from now on.</source>
        <translation>Le transfert de %1 est accepté&#xa0;: le dossier est tenu ici désormais.</translation>
    </message>
    <message>
        <source>The request is accepted; the site that asked learns it with the next bundles.</source>
        <translation>La demande est acceptée&#xa0;; le site demandeur l’apprendra avec les prochains paquets.</translation>
    </message>
    <message>
        <source>The request is refused; the site that asked learns why with the next bundles.</source>
        <translation>La demande est refusée&#xa0;; le site demandeur apprendra pourquoi avec les prochains paquets.</translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation>Annuler la demande</translation>
    </message>
    <message>
        <source>Cancel the request “%1” about %2? The site asked can no longer decide it.</source>
        <translation>Annuler la demande «&#xa0;%1&#xa0;» concernant %2&#xa0;? Le site sollicité ne pourra plus y répondre.</translation>
    </message>
    <message>
        <source>The request is cancelled.</source>
        <translation>La demande est annulée.</translation>
    </message>
    <message>
        <source>Select a grant first.</source>
        <translation>Sélectionnez d’abord un accès.</translation>
    </message>
    <message>
        <source>End the grant</source>
        <translation>Mettre fin à l’accès</translation>
    </message>
    <message>
        <source>End the access of %1 to %2? It writes nothing more under it once the next bundles arrive.</source>
        <translation>Mettre fin à l’accès de %1 à %2&#xa0;? Il n’écrira plus rien à ce titre dès l’arrivée des prochains paquets.</translation>
    </message>
    <message>
        <source>The grant is ended.</source>
        <translation>L’accès a pris fin.</translation>
    </message>
    <message>
        <source>The institution is assigned; the inspector&apos;s site receives it with its next answer bundle.</source>
        <translation>L’établissement est affecté&#xa0;; le site de l’inspecteur le reçoit avec son prochain paquet de réponse.</translation>
    </message>
    <message>
        <source>Requests between sites</source>
        <translation>Demandes entre sites</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>Deman&amp;des</translation>
    </message>
    <message>
        <source>&amp;Grants</source>
        <translation>&amp;Accès accordés</translation>
    </message>
    <message>
        <source>Every request, as the ministry relays it (the sites decide them)</source>
        <translation>Toutes les demandes, telles que le ministère les relaie (les sites en décident)</translation>
    </message>
    <message>
        <source>Asked of this site</source>
        <translation>Demandées à ce site</translation>
    </message>
    <message>
        <source>Made here</source>
        <translation>Faites ici</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Accepter…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>Re&amp;fuser…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the request</source>
        <translation>A&amp;nnuler la demande</translation>
    </message>
    <message>
        <source>&amp;End the grant</source>
        <translation>&amp;Mettre fin à l’accès</translation>
    </message>
    <message>
        <source>Assign an &amp;inspector…</source>
        <translation>Affecter un &amp;inspecteur…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Child or institution</source>
        <translation>Enfant ou établissement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Given to</source>
        <translation>Accordé à</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Accordé par</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>No request between sites yet: they arrive with the sites&apos; bundles.</source>
        <translation>Aucune demande entre sites pour l’instant&#xa0;: elles arrivent avec les paquets des sites.</translation>
    </message>
    <message>
        <source>No request asked of this site: they arrive with the ministry&apos;s bundles.</source>
        <translation>Aucune demande adressée à ce site&#xa0;: elles arrivent avec les paquets du ministère.</translation>
    </message>
    <message>
        <source>No request made here. Ask for a transfer from the Residents screen.</source>
        <translation>Aucune demande faite ici. Demandez un transfert depuis l’écran Résidents.</translation>
    </message>
    <message>
        <source>No grant yet. Assign an inspector&apos;s site to an institution with Assign an inspector….</source>
        <translation>Aucun accès accordé. Affectez un établissement au site d’un inspecteur avec «&#xa0;Affecter un inspecteur…&#xa0;».</translation>
    </message>
    <message>
        <source>No grant: a site gives one by accepting a request for access.</source>
        <translation>Aucun accès&#xa0;: un site en accorde un en acceptant une demande d’accès.</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentFileDialog</name>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: corrigez les champs signalés en rouge.</translation>
    </message>
    <message>
        <source>Nothing was saved yet: check the possible duplicates.</source>
        <translation>Rien n&apos;a encore été enregistré&#xa0;: vérifiez les doublons possibles.</translation>
    </message>
    <message>
        <source>placed in a family</source>
        <translation>placé en famille</translation>
    </message>
    <message>
        <source>New resident</source>
        <translation>Nouveau résident</translation>
    </message>
    <message>
        <source>File of %1</source>
        <translation>Dossier de %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>S&amp;tays</source>
        <translation>Sé&amp;jours</translation>
    </message>
    <message>
        <source>&amp;Admit to this house on</source>
        <translation>&amp;Admettre dans cette maison le</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Admis le</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Sorti le</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Fin du séjour</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>&amp;Admettre…</translation>
    </message>
    <message>
        <source>Record an &amp;exit…</source>
        <translation>Enregistrer une &amp;sortie…</translation>
    </message>
    <message>
        <source>T&amp;ransfer…</source>
        <translation>T&amp;ransférer…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Presence</source>
        <translation>&amp;Présence</translation>
    </message>
    <message>
        <source>School &amp;results</source>
        <translation>&amp;Résultats scolaires</translation>
    </message>
    <message>
        <source>Placements in &amp;families</source>
        <translation>P&amp;lacements en famille</translation>
    </message>
    <message>
        <source>present</source>
        <comment>still in the house</comment>
        <translation>présent</translation>
    </message>
    <message>
        <source>transferred</source>
        <comment>how a stay ended</comment>
        <translation>transféré</translation>
    </message>
    <message>
        <source>left</source>
        <comment>how a stay ended</comment>
        <translation>sorti</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Register in this house?</source>
        <translation>Inscrire dans cette maison&#xa0;?</translation>
    </message>
    <message>
        <source>%1 receives girls, and this file is of a boy. Register him in this house all the same?</source>
        <translation>%1 accueille des filles, et ce dossier est celui d’un garçon. L’inscrire dans cette maison quand même&#xa0;?</translation>
    </message>
    <message>
        <source>%1 receives boys, and this file is of a girl. Register her in this house all the same?</source>
        <translation>%1 accueille des garçons, et ce dossier est celui d’une fille. L’inscrire dans cette maison quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Register all the same</source>
        <translation>Inscrire quand même</translation>
    </message>
    <message>
        <source>Check the file</source>
        <translation>Revoir le dossier</translation>
    </message>
    <message>
        <source>present</source>
        <comment>still in the house, female</comment>
        <translation>présente</translation>
    </message>
    <message>
        <source>present</source>
        <comment>still in the house, male</comment>
        <translation>présent</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentForm</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Guardian and contact</source>
        <translation>Tuteur et contact</translation>
    </message>
    <message>
        <source>Origin and schooling</source>
        <translation>Origine et scolarité</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Non connu</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentPicker</name>
    <message>
        <source>present in the house</source>
        <translation>présent dans la maison</translation>
    </message>
    <message>
        <source>not in the house</source>
        <translation>hors de la maison</translation>
    </message>
    <message>
        <source>Nobody is present in the house. Type a name to find a resident.</source>
        <translation>Personne n’est présent dans la maison. Tapez un nom pour trouver un résident.</translation>
    </message>
    <message>
        <source>No resident of the house matches; check the spelling, or type the name in the other script.</source>
        <translation>Aucun résident de la maison ne correspond&#xa0;; vérifiez l’orthographe, ou tapez le nom dans l’autre écriture.</translation>
    </message>
    <message>
        <source>Find a resident: name in either script, or identifier…</source>
        <translation>Trouver un résident&#xa0;: nom dans l’une ou l’autre écriture, ou identifiant…</translation>
    </message>
    <message>
        <source>Add (Enter)</source>
        <translation>Ajouter (Entrée)</translation>
    </message>
    <message>
        <source>Remove (Delete)</source>
        <translation>Retirer (Suppr)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>In the house</source>
        <translation>Dans la maison</translation>
    </message>
    <message>
        <source>No resident chosen: an incident may concern the whole house.</source>
        <translation>Aucun résident choisi&#xa0;: un incident peut concerner toute la maison.</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentTableModel</name>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Nom en caractères latins</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>School level</source>
        <translation>Niveau scolaire</translation>
    </message>
    <message>
        <source>Massar code</source>
        <translation>Code Massar</translation>
    </message>
</context>
<context>
    <name>riaya::ResidentsPage</name>
    <message numerus="yes">
        <source>%n residents</source>
        <translation>
            <numerusform>%n résident</numerusform>
            <numerusform>%n résidents</numerusform>
        </translation>
    </message>
    <message>
        <source>Residents</source>
        <translation>Résidents</translation>
    </message>
    <message>
        <source>Search by name, in Arabic or Latin letters, or by identifier…</source>
        <translation>Rechercher par nom, en lettres arabes ou latines, ou par identifiant…</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Girls and boys</source>
        <translation>Filles et garçons</translation>
    </message>
    <message>
        <source>Girls</source>
        <translation>Filles</translation>
    </message>
    <message>
        <source>Boys</source>
        <translation>Garçons</translation>
    </message>
    <message numerus="yes">
        <source>The first %n matches; type more to narrow them</source>
        <translation>
            <numerusform>%n premier résultat&#xa0;; tapez davantage pour affiner</numerusform>
            <numerusform>%n premiers résultats&#xa0;; tapez davantage pour affiner</numerusform>
        </translation>
    </message>
    <message>
        <source>Every school level</source>
        <translation>Tous les niveaux scolaires</translation>
    </message>
    <message numerus="yes">
        <source>School success %1: %2% (%3 of %n)</source>
        <translation>
            <numerusform>Réussite scolaire %1&#xa0;: %2 % (%3 sur %n)</numerusform>
            <numerusform>Réussite scolaire %1&#xa0;: %2 % (%3 sur %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Every institution</source>
        <translation>Tous les établissements</translation>
    </message>
    <message>
        <source>New resident…</source>
        <translation>Nouveau résident…</translation>
    </message>
    <message>
        <source>No resident matches. Check the spelling or try the name in the other script; press Esc in the search field, or choose “Every status”, to see more.</source>
        <translation>Aucun résident ne correspond. Vérifiez l’orthographe ou essayez le nom dans l’autre écriture&#xa0;; appuyez sur Échap dans le champ de recherche, ou choisissez «&#xa0;Tous les statuts&#xa0;», pour en voir plus.</translation>
    </message>
    <message>
        <source>No residents yet. Register the first one with New resident (Ctrl+N).</source>
        <translation>Aucun résident pour l’instant. Inscrivez le premier avec Nouveau résident (Ctrl+N).</translation>
    </message>
    <message>
        <source>%1 is registered.</source>
        <translation>Inscription de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Select a resident first.</source>
        <translation>Sélectionnez d’abord un résident.</translation>
    </message>
    <message>
        <source>The transfer of %1 is asked; the house learns it with the next bundles, and its answer shows on the Requests screen.</source>
        <translation>Le transfert de %1 est demandé&#xa0;; la maison l’apprendra avec les prochains paquets, et sa réponse s’affichera sur l’écran Demandes.</translation>
    </message>
    <message>
        <source>&amp;Transfer to another house…</source>
        <translation>&amp;Transférer vers une autre maison…</translation>
    </message>
    <message>
        <source>Roster imported: %1 residents added, %2 completed.</source>
        <translation>Liste importée&#xa0;: %1 résidents ajoutés, %2 complétés.</translation>
    </message>
    <message>
        <source>Import from a &amp;spreadsheet…</source>
        <translation>Importer d’un &amp;tableur…</translation>
    </message>
</context>
<context>
    <name>riaya::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Probable duplicates (%1)</source>
        <translation>Doublons probables (%1)</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>Conflits (%1)</translation>
    </message>
</context>
<context>
    <name>riaya::RevokeDialog</name>
    <message>
        <source>No enrolled site has a key that can be revoked.</source>
        <translation>Aucun site inscrit n’a de clé à révoquer.</translation>
    </message>
    <message>
        <source>Say why the key is revoked (for example: laptop stolen).</source>
        <translation>Dites pourquoi la clé est révoquée (par exemple&#xa0;: ordinateur volé).</translation>
    </message>
    <message>
        <source>Revoke a site&apos;s key</source>
        <translation>Révoquer la clé d’un site</translation>
    </message>
    <message>
        <source>From now on, bundles signed with this key are refused here, and the next bundle to each site tells it too. The site then makes new keys and sends its new enrolment file, which is enrolled like a first one.</source>
        <translation>Désormais, les paquets signés avec cette clé sont refusés ici, et le prochain paquet envoyé à chaque site l’en informe aussi. Le site crée alors de nouvelles clés et envoie son nouveau fichier d’inscription, qui est inscrit comme un premier.</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>for example: laptop stolen</source>
        <translation>par exemple&#xa0;: ordinateur volé</translation>
    </message>
    <message>
        <source>&amp;Revoke the key</source>
        <translation>&amp;Révoquer la clé</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>riaya::RosterCheckPage</name>
    <message>
        <source>&amp;Stop</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <source>Import &amp;everything or nothing</source>
        <translation>Importer &amp;tout ou rien</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows and save the others to a file to correct:</source>
        <translation>Importer les lignes &amp;valides et enregistrer les autres dans un fichier à corriger&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>The check</source>
        <translation>La vérification</translation>
    </message>
    <message>
        <source>The whole file is read against the database; nothing is written yet.</source>
        <translation>Tout le fichier est lu et comparé à la base de données&#xa0;; rien n’est encore écrit.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <source>Already registered</source>
        <translation>Déjà enregistré</translation>
    </message>
    <message>
        <source>Likeness</source>
        <translation>Ressemblance</translation>
    </message>
    <message>
        <source>The file could not be checked: %1</source>
        <translation>Le fichier n’a pas pu être vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>The check was stopped before the end of the file; nothing was written. Check again to import.</source>
        <translation>La vérification a été arrêtée avant la fin du fichier&#xa0;; rien n’a été écrit. Vérifiez à nouveau pour importer.</translation>
    </message>
    <message numerus="yes">
        <source>%n characters of the file cannot be read in %1: go back and choose the file&apos;s encoding, or check the names in the preview.</source>
        <translation>
            <numerusform>%n caractère du fichier ne peut pas être lu en %1&#xa0;: revenez en arrière et choisissez l’encodage du fichier, ou vérifiez les noms dans l’aperçu.</numerusform>
            <numerusform>%n caractères du fichier ne peuvent pas être lus en %1&#xa0;: revenez en arrière et choisissez l’encodage du fichier, ou vérifiez les noms dans l’aperçu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records in the file: %1 to add, %2 to complete, %3 already there, %4 with problems.</source>
        <translation>
            <numerusform>%n enregistrement dans le fichier&#xa0;: %1 à ajouter, %2 à compléter, %3 déjà là, %4 avec des problèmes.</numerusform>
            <numerusform>%n enregistrements dans le fichier&#xa0;: %1 à ajouter, %2 à compléter, %3 déjà là, %4 avec des problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation>Pro&amp;blèmes (%1)</translation>
    </message>
    <message>
        <source>Probable &amp;duplicates (%1)</source>
        <translation>&amp;Doublons probables (%1)</translation>
    </message>
    <message numerus="yes">
        <source>P&amp;review: the first %n records</source>
        <translation>
            <numerusform>&amp;Aperçu&#xa0;: %n enregistrement, le premier</numerusform>
            <numerusform>&amp;Aperçu&#xa0;: les %n premiers enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>Pro&amp;blèmes</translation>
    </message>
    <message>
        <source>Probable &amp;duplicates</source>
        <translation>&amp;Doublons probables</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message numerus="yes">
        <source>Import is not possible all or nothing: %n records have problems. Correct the file and open it again, or import the valid rows and save the others to a file.</source>
        <translation>
            <numerusform>L’import tout ou rien n’est pas possible&#xa0;: %n enregistrement a des problèmes. Corrigez le fichier et ouvrez-le à nouveau, ou importez les lignes valides et enregistrez les autres dans un fichier.</numerusform>
            <numerusform>L’import tout ou rien n’est pas possible&#xa0;: %n enregistrements ont des problèmes. Corrigez le fichier et ouvrez-le à nouveau, ou importez les lignes valides et enregistrez les autres dans un fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import: every record of the file is already in the database.</source>
        <translation>Rien à importer&#xa0;: chaque enregistrement du fichier est déjà dans la base de données.</translation>
    </message>
    <message>
        <source>No record of the file can be imported: each one has a problem.</source>
        <translation>Aucun enregistrement du fichier ne peut être importé&#xa0;: chacun a un problème.</translation>
    </message>
    <message>
        <source>Say where to save the rows with problems.</source>
        <translation>Indiquez où enregistrer les lignes qui ont des problèmes.</translation>
    </message>
    <message numerus="yes">
        <source>Import writes %n records in one go; stopped, it writes none.</source>
        <translation>
            <numerusform>L’import écrit %n enregistrement d’un seul coup&#xa0;; arrêté, il n’en écrit aucun.</numerusform>
            <numerusform>L’import écrit %n enregistrements d’un seul coup&#xa0;; arrêté, il n’en écrit aucun.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 - rows to correct</source>
        <translation>%1 - lignes à corriger</translation>
    </message>
    <message>
        <source>Save the rows with problems</source>
        <translation>Enregistrer les lignes qui ont des problèmes</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;Text files, comma-separated (*.csv)</source>
        <translation>Classeurs Excel (*.xlsx);;Fichiers texte séparés par des virgules (*.csv)</translation>
    </message>
</context>
<context>
    <name>riaya::RosterColumnsPage</name>
    <message>
        <source>The columns</source>
        <translation>Les colonnes</translation>
    </message>
    <message>
        <source>Say which field of Riaya each column of the file fills. A column left “Not imported” is ignored; the fields marked “required” need a column.</source>
        <translation>Indiquez le champ de Riaya que remplit chaque colonne du fichier. Une colonne laissée sur «&#xa0;Non importée&#xa0;» est ignorée&#xa0;; les champs marqués «&#xa0;obligatoire&#xa0;» ont besoin d’une colonne.</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Field in Riaya</source>
        <translation>Champ dans Riaya</translation>
    </message>
    <message>
        <source>Fields of the &amp;columns:</source>
        <translation>Champs des &amp;colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sans en-tête)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Field of the column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message numerus="yes">
        <source>The headers are on row %1 of the file; %n columns.</source>
        <translation>
            <numerusform>Les en-têtes sont à la ligne %1 du fichier&#xa0;; %n colonne.</numerusform>
            <numerusform>Les en-têtes sont à la ligne %1 du fichier&#xa0;; %n colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remembered from the last file of this shape: the columns are matched as you matched them then.</source>
        <translation>Retenu du dernier fichier de cette forme&#xa0;: les colonnes sont associées comme vous les aviez associées.</translation>
    </message>
    <message>
        <source>Every required field has its column.</source>
        <translation>Chaque champ obligatoire a sa colonne.</translation>
    </message>
    <message>
        <source>No column gives these required fields yet: %1.</source>
        <translation>Aucune colonne ne donne encore ces champs obligatoires&#xa0;: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the items of a list</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>riaya::RosterFilePage</name>
    <message>
        <source>UTF-8 (Unicode)</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>UTF-16 (Excel&apos;s “Unicode text”)</source>
        <translation>UTF-16 («&#xa0;Texte Unicode&#xa0;» d’Excel)</translation>
    </message>
    <message>
        <source>Windows-1256 (Arabic Excel&apos;s CSV)</source>
        <translation>Windows-1256 (CSV d’Excel en arabe)</translation>
    </message>
    <message>
        <source>ISO-8859-6 (Arabic)</source>
        <translation>ISO-8859-6 (arabe)</translation>
    </message>
    <message>
        <source>Windows-1252 (French Excel&apos;s CSV)</source>
        <translation>Windows-1252 (CSV d’Excel en français)</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>semicolons “;”</source>
        <translation>des points-virgules «&#xa0;;&#xa0;»</translation>
    </message>
    <message>
        <source>commas “,”</source>
        <translation>des virgules «&#xa0;,&#xa0;»</translation>
    </message>
    <message>
        <source>residents roster</source>
        <translation>liste des résidents</translation>
    </message>
    <message>
        <source>institutions list</source>
        <translation>liste des établissements</translation>
    </message>
    <message>
        <source>foster families register</source>
        <translation>registre des familles d’accueil</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Enregistrer un &amp;modèle…</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>Choose the spreadsheet that holds the list: an Excel workbook (%1) or a text file (%2). Riaya reads it and changes nothing in it.</source>
        <translation>Choisissez le tableur qui contient la liste&#xa0;: un classeur Excel (%1) ou un fichier texte (%2). Riaya le lit et n’y change rien.</translation>
    </message>
    <message>
        <source>The file&apos;s path, or Choose…</source>
        <translation>Le chemin du fichier, ou Choisir…</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Fic&amp;hier&#xa0;:</translation>
    </message>
    <message>
        <source>No file yet? Save the empty template, fill it in with a spreadsheet program, then choose it here. Its headers are in your language.</source>
        <translation>Pas encore de fichier&#xa0;? Enregistrez le modèle vide, remplissez-le avec un tableur, puis choisissez-le ici. Ses en-têtes sont dans votre langue.</translation>
    </message>
    <message>
        <source>Choose the roster</source>
        <translation>Choisir la liste</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.txt);;Excel workbooks (*.xlsx *.xls);;Text files (*.csv *.txt);;All files (*)</source>
        <translation>Tableurs (*.xlsx *.xls *.csv *.txt);;Classeurs Excel (*.xlsx *.xls);;Fichiers texte (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n characters of the first rows cannot be read in %1: the file is probably in another encoding. Choose it above.</source>
        <translation>
            <numerusform>%n caractère des premières lignes ne peut pas être lu en %1&#xa0;: le fichier est probablement dans un autre encodage. Choisissez-le ci-dessus.</numerusform>
            <numerusform>%n caractères des premières lignes ne peuvent pas être lus en %1&#xa0;: le fichier est probablement dans un autre encodage. Choisissez-le ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Text file. Encoding detected: %1 (confidence %2%); fields separated by %3.</source>
        <translation>Fichier texte. Encodage détecté&#xa0;: %1 (confiance %2&#xa0;%)&#xa0;; champs séparés par %3.</translation>
    </message>
    <message>
        <source>Read as %1, as you chose.</source>
        <translation>Lu en %1, comme vous l’avez choisi.</translation>
    </message>
    <message>
        <source>If the names look wrong, choose another encoding.</source>
        <translation>Si les noms s’affichent mal, choisissez un autre encodage.</translation>
    </message>
    <message numerus="yes">
        <source>Excel workbook (%1): the sheet “%2” is read; %n sheets in all.</source>
        <translation>
            <numerusform>Classeur Excel (%1)&#xa0;: la feuille «&#xa0;%2&#xa0;» est lue&#xa0;; %n feuille en tout.</numerusform>
            <numerusform>Classeur Excel (%1)&#xa0;: la feuille «&#xa0;%2&#xa0;» est lue&#xa0;; %n feuilles en tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save an empty template</source>
        <translation>Enregistrer un modèle vide</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;Text files, comma-separated (*.csv)</source>
        <translation>Classeurs Excel (*.xlsx);;Fichiers texte séparés par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>The template is saved in %1. Fill it in, then choose it above.</source>
        <translation>Le modèle est enregistré dans %1. Remplissez-le, puis choisissez-le ci-dessus.</translation>
    </message>
</context>
<context>
    <name>riaya::RosterImportWizard</name>
    <message>
        <source>Import residents from a spreadsheet</source>
        <translation>Importer des résidents d’un tableur</translation>
    </message>
    <message>
        <source>Import institutions from a spreadsheet</source>
        <translation>Importer des établissements d’un tableur</translation>
    </message>
    <message>
        <source>Import foster families from a spreadsheet</source>
        <translation>Importer des familles d’accueil d’un tableur</translation>
    </message>
</context>
<context>
    <name>riaya::RosterRunPage</name>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Arrêter l’import</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>L’import</translation>
    </message>
    <message>
        <source>The file is read again and written in one go: stopped, or refused, nothing is written.</source>
        <translation>Le fichier est relu et écrit d’un seul coup&#xa0;: arrêté ou refusé, rien n’est écrit.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was imported: the import was stopped. Go back to import again.</source>
        <translation>Rien n’a été importé&#xa0;: l’import a été arrêté. Revenez en arrière pour importer à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n records were refused. Go back to see why.</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: %n enregistrement a été refusé. Revenez en arrière pour voir pourquoi.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: %n enregistrements ont été refusés. Revenez en arrière pour voir pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 completed, %3 already there.</source>
        <translation>Importé&#xa0;: %1 ajoutés, %2 complétés, %3 déjà là.</translation>
    </message>
    <message numerus="yes">
        <source>%n imported records look like ones already registered: they wait under Review for a person to decide; nothing is merged.</source>
        <translation>
            <numerusform>%n enregistrement importé ressemble à un enregistrement déjà là&#xa0;: il attend dans Vérification la décision d’une personne&#xa0;; rien n’est fusionné.</numerusform>
            <numerusform>%n enregistrements importés ressemblent à des enregistrements déjà là&#xa0;: ils attendent dans Vérification la décision d’une personne&#xa0;; rien n’est fusionné.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows with problems were saved in %1, to correct and import again.</source>
        <translation>
            <numerusform>%n ligne avec des problèmes a été enregistrée dans %1, à corriger et importer à nouveau.</numerusform>
            <numerusform>%n lignes avec des problèmes ont été enregistrées dans %1, à corriger et importer à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>riaya::RosterSession</name>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n records read…</source>
        <translation>
            <numerusform>%n enregistrement lu…</numerusform>
            <numerusform>%n enregistrements lus…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>riaya::SchoolResultsTab</name>
    <message>
        <source>“%1” is not a number; write the average out of 20, for example 12.5.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre&#xa0;; écrivez la moyenne sur 20, par exemple 12.5.</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Average out of 20</source>
        <translation>Moyenne sur 20</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>School &amp;year</source>
        <translation>&amp;Année scolaire</translation>
    </message>
    <message>
        <source>T&amp;erm</source>
        <translation>&amp;Trimestre</translation>
    </message>
    <message>
        <source>A&amp;verage</source>
        <translation>&amp;Moyenne</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>Dé&amp;cision</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
</context>
<context>
    <name>riaya::ScoreTrend</name>
    <message>
        <source>No finalized inspection yet.</source>
        <translation>Aucune inspection finalisée pour l’instant.</translation>
    </message>
</context>
<context>
    <name>riaya::SearchField</name>
    <message>
        <source>Search (%1)</source>
        <translation>Rechercher (%1)</translation>
    </message>
</context>
<context>
    <name>riaya::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language of the application:</source>
        <translation>&amp;Langue de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <source>Show &amp;Arabic-Indic digits (٠١٢٣) in the Arabic interface</source>
        <translation>Afficher les chiffres &amp;arabes orientaux (٠١٢٣) dans l&apos;interface arabe</translation>
    </message>
    <message>
        <source>Show the &amp;Hijri date beside the Gregorian date</source>
        <translation>Afficher la date &amp;hégirienne à côté de la date grégorienne</translation>
    </message>
</context>
<context>
    <name>riaya::SetupWizard</name>
    <message>
        <source>Setting up Riaya</source>
        <translation>Configuration de Riaya</translation>
    </message>
    <message>
        <source>Welcome to Riaya</source>
        <translation>Bienvenue dans Riaya</translation>
    </message>
    <message>
        <source>There is no database on this computer yet. Riaya keeps its records in one file, here: choose where, and what this computer is.</source>
        <translation>Il n’y a pas encore de base sur cet ordinateur. Riaya garde ses données dans un seul fichier, ici&#xa0;: choisissez où, et ce qu’est cet ordinateur.</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Fichier de la base&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base</translation>
    </message>
    <message>
        <source>Riaya databases (*.db)</source>
        <translation>Bases de données Riaya (*.db)</translation>
    </message>
    <message>
        <source>A house: a student boarding house, a children&apos;s home, or an inspector&apos;s laptop</source>
        <translation>Une maison&#xa0;: maison d’étudiant(e)s, foyer d’enfants, ou ordinateur d’un inspecteur</translation>
    </message>
    <message>
        <source>The ministry hub, which receives the houses&apos; bundles</source>
        <translation>Le centre du ministère, qui reçoit les paquets des maisons</translation>
    </message>
    <message>
        <source>Who this database belongs to</source>
        <translation>À qui appartient cette base</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of house:</source>
        <translation>Type de maison&#xa0;:</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Places&#xa0;:</translation>
    </message>
    <message>
        <source>Ministry profile:</source>
        <translation>Profil du ministère&#xa0;:</translation>
    </message>
    <message>
        <source>The ministry&apos;s profile</source>
        <translation>Le profil du ministère</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Le premier administrateur</translation>
    </message>
    <message>
        <source>The administrator makes the accounts of the others (staff, supervisors, inspectors, social workers, clerks) and keeps the backups.</source>
        <translation>L’administrateur crée les comptes des autres (personnel, superviseurs, inspecteurs, travailleurs sociaux, agents) et s’occupe des sauvegardes.</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The password again:</source>
        <translation>Le mot de passe à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>The keys&apos; passphrase</source>
        <translation>La phrase secrète des clés</translation>
    </message>
    <message>
        <source>This database signs what it sends with keys of its own, locked by a passphrase. The supervisor types it to export the month&apos;s bundle; it also opens the backups. Write it down and keep it safe: nobody can recover it.</source>
        <translation>Cette base signe ce qu’elle envoie avec ses propres clés, verrouillées par une phrase secrète. Le superviseur la tape pour exporter le paquet du mois&#xa0;; elle ouvre aussi les sauvegardes. Notez-la et gardez-la en lieu sûr&#xa0;: personne ne peut la retrouver.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>The passphrase again:</source>
        <translation>La phrase secrète à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Ministry: %1. Fingerprint: %2 — compare it with the one the ministry gave you before going on.</source>
        <translation>Ministère&#xa0;: %1. Empreinte&#xa0;: %2 — comparez-la avec celle que le ministère vous a donnée avant de continuer.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe diffèrent.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>Girls only</source>
        <translation>Filles seulement</translation>
    </message>
    <message>
        <source>Boys only</source>
        <translation>Garçons seulement</translation>
    </message>
    <message>
        <source>Girls and boys</source>
        <translation>Filles et garçons</translation>
    </message>
    <message>
        <source>Receives:</source>
        <translation>Accueille&#xa0;:</translation>
    </message>
</context>
<context>
    <name>riaya::SignInDialog</name>
    <message>
        <source>Riaya — %1</source>
        <translation>Riaya — %1</translation>
    </message>
    <message>
        <source>Sign in to work on %1.</source>
        <translation>Connectez-vous pour travailler sur %1.</translation>
    </message>
    <message>
        <source>Riaya was locked after a time without use. Sign in to go on.</source>
        <translation>Riaya a été verrouillé après un moment sans activité. Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Quit Riaya</source>
        <translation>&amp;Quitter Riaya</translation>
    </message>
</context>
<context>
    <name>riaya::SiteRequest</name>
    <message>
        <source>transfer of a child&apos;s file</source>
        <translation>transfert du dossier d’un enfant</translation>
    </message>
    <message>
        <source>access to place a child</source>
        <translation>accès pour placer un enfant</translation>
    </message>
    <message>
        <source>change to an institution&apos;s details</source>
        <translation>modification des informations d’un établissement</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>waiting for a decision</source>
        <translation>en attente de décision</translation>
    </message>
</context>
<context>
    <name>riaya::StayDialog</name>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Établissement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Transfer to:</source>
        <translation>&amp;Transférer vers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason for leaving:</source>
        <translation>&amp;Motif de la sortie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Full: %1 residents for %2 places.</source>
        <translation>Complet&#xa0;: %1 résidents pour %2 places.</translation>
    </message>
    <message>
        <source>%1 of %2 places taken.</source>
        <translation>%1 places occupées sur %2.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>%1 receives girls, and %2 is a boy. Admit him there all the same?</source>
        <translation>%1 accueille des filles, et %2 est un garçon. L’y admettre quand même&#xa0;?</translation>
    </message>
    <message>
        <source>%1 receives boys, and %2 is a girl. Admit her there all the same?</source>
        <translation>%1 accueille des garçons, et %2 est une fille. L’y admettre quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>riaya::SyncPage</name>
    <message>
        <source>nothing received yet</source>
        <translation>rien reçu pour l’instant</translation>
    </message>
    <message>
        <source>bundle %1 on %2</source>
        <translation>paquet %1 le %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>manquants&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Bundle %1 written to %2: %n records.</source>
        <translation>
            <numerusform>Paquet de synchronisation %1 écrit dans %2&#xa0;: %n enregistrement.</numerusform>
            <numerusform>Paquet de synchronisation %1 écrit dans %2&#xa0;: %n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>No site is enrolled yet.</source>
        <translation>Aucun site n’est encore inscrit.</translation>
    </message>
    <message>
        <source>Acknowledge a site</source>
        <translation>Accuser réception à un site</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <source>Save the bundle</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>Riaya bundles (*.bundle)</source>
        <translation>Paquets Riaya (*.bundle)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase of this site&apos;s keys:</source>
        <translation>La phrase secrète des clés de ce site&#xa0;:</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <source>Riaya bundles (*.bundle);;All files (*)</source>
        <translation>Paquets Riaya (*.bundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Trusted sites and what was received from each</source>
        <translation>Sites de confiance et ce qui a été reçu de chacun</translation>
    </message>
    <message>
        <source>Bundles sent and received</source>
        <translation>Paquets envoyés et reçus</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>Empreinte de la clé</translation>
    </message>
    <message>
        <source>Last bundle received</source>
        <translation>Dernier paquet reçu</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Manquants</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Acknowledge a site…</source>
        <translation>&amp;Accuser réception à un site…</translation>
    </message>
    <message>
        <source>&amp;Export a bundle for the ministry…</source>
        <translation>&amp;Exporter un paquet pour le ministère…</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importer des paquets…</translation>
    </message>
    <message>
        <source> (key revoked)</source>
        <translation> (clé révoquée)</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>accusé de réception</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Last month approved</source>
        <translation>Dernier mois approuvé</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>&amp;Close the month…</source>
        <translation>&amp;Clôturer le mois…</translation>
    </message>
    <message>
        <source>ministry</source>
        <comment>role of a database</comment>
        <translation>ministère</translation>
    </message>
    <message>
        <source>site</source>
        <comment>role of a database</comment>
        <translation>site</translation>
    </message>
    <message>
        <source>received</source>
        <comment>bundle direction</comment>
        <translation>reçu</translation>
    </message>
    <message>
        <source>sent</source>
        <comment>bundle direction</comment>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>No bundle received yet. Import the bundles the houses send with “Import bundles…”.</source>
        <translation>Aucun paquet reçu pour l’instant. Importez les paquets que les maisons envoient avec «&#xa0;Importer des paquets…&#xa0;».</translation>
    </message>
    <message>
        <source>No bundle sent or received yet. Send this house&apos;s records with “Export a bundle for the ministry…”.</source>
        <translation>Aucun paquet envoyé ni reçu pour l’instant. Envoyez les dossiers de cette maison avec «&#xa0;Exporter un paquet pour le ministère…&#xa0;».</translation>
    </message>
</context>
<context>
    <name>riaya::TemplateEditorDialog</name>
    <message>
        <source>compliant / partly / not compliant</source>
        <translation>conforme / partiellement / non conforme</translation>
    </message>
    <message>
        <source>a scale from 0</source>
        <translation>une échelle à partir de 0</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Text (%1):</source>
        <translation>Texte (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Guidance (%1):</source>
        <translation>Indications (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>P&amp;oids&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;coring:</source>
        <translation>&amp;Notation&#xa0;:</translation>
    </message>
    <message>
        <source>Scale &amp;maximum:</source>
        <translation>&amp;Maximum de l’échelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>&amp;Ajouter un critère</translation>
    </message>
    <message>
        <source>&amp;Remove the item</source>
        <translation>&amp;Supprimer le critère</translation>
    </message>
    <message>
        <source>Publish as &amp;edition:</source>
        <translation>Publier comme é&amp;dition&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Edit the standards as a new edition</source>
        <translation>Modifier le référentiel comme nouvelle édition</translation>
    </message>
    <message>
        <source>Choose the standard (or one of its items) the new item belongs to.</source>
        <translation>Choisissez la norme (ou l’un de ses critères) à laquelle appartient le nouveau critère.</translation>
    </message>
</context>
<context>
    <name>riaya::TransferRequestDialog</name>
    <message>
        <source>The file of %1 goes to the house that accepts it, with its history; this site keeps the stay it had, read-only.</source>
        <translation>Le dossier de %1 part, avec son historique, vers la maison qui l’accepte&#xa0;; ce site garde le séjour qu’il avait, en lecture seule.</translation>
    </message>
    <message>
        <source>&amp;To the house:</source>
        <translation>&amp;Vers la maison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Day the child moves:</source>
        <translation>&amp;Jour du départ de l’enfant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Motif (obligatoire)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ask for the transfer</source>
        <translation>&amp;Demander le transfert</translation>
    </message>
    <message>
        <source>No other site&apos;s house is known here yet: import the ministry&apos;s bundle on the Sync screen, then ask again.</source>
        <translation>Aucune maison d’un autre site n’est encore connue ici&#xa0;: importez le paquet du ministère sur l’écran Synchronisation, puis redemandez.</translation>
    </message>
    <message>
        <source>Transfer to another house</source>
        <translation>Transfert vers une autre maison</translation>
    </message>
    <message>
        <source>Choose a house from the list.</source>
        <translation>Choisissez une maison dans la liste.</translation>
    </message>
</context>
<context>
    <name>riaya::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The changes to “%1” are not saved.</source>
        <translation>Les modifications de «&#xa0;%1&#xa0;» ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
</context>
<context>
    <name>riaya::UsersPanel</name>
    <message>
        <source>Riaya now locks after %1 minutes without use (from the next start).</source>
        <translation>Riaya se verrouille désormais après %1 minutes sans activité (dès le prochain démarrage).</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (désactivé)</translation>
    </message>
    <message>
        <source>Account %1 created.</source>
        <translation>Compte %1 créé.</translation>
    </message>
    <message>
        <source>New password set for %1.</source>
        <translation>Nouveau mot de passe donné à %1.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut à nouveau se connecter.</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d’utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>First password:</source>
        <translation>Premier mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the account in the list first.</source>
        <translation>Choisissez d’abord le compte dans la liste.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>The new password of %1:</source>
        <translation>Le nouveau mot de passe de %1&#xa0;:</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>Comptes utilisateurs</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Nouveau &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Disable or enable</source>
        <translation>&amp;Désactiver ou réactiver</translation>
    </message>
    <message>
        <source>Lock after (minutes):</source>
        <translation>Verrouiller après (minutes)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>riaya::VoidIncidentDialog</name>
    <message>
        <source>%1, %2: “%3”</source>
        <translation>%1, %2&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>The incident stays in the register, struck through, with the reason; it is no longer counted and can no longer be changed. Nothing is deleted.</source>
        <translation>L’incident reste au registre, barré, avec le motif&#xa0;; il n’est plus compté et ne peut plus être modifié. Rien n’est supprimé.</translation>
    </message>
    <message>
        <source>&amp;Why is it voided? (required)</source>
        <translation>&amp;Pourquoi l’invalider&#xa0;? (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Void the incident</source>
        <translation>&amp;Invalider l’incident</translation>
    </message>
    <message>
        <source>Void an incident</source>
        <translation>Invalider un incident</translation>
    </message>
</context>
</TS>
